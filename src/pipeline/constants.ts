/** The label of standard input in records and messages. */
export const STDIN_PATH = '<stdin>';
