/** A stylesheet imported as text (`import css from './x.css?raw'`): the widget build minifies it. */
declare module '*.css?raw' {
  const text: string;
  export default text;
}
