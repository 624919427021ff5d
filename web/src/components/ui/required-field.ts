/**
 * Marks an input as required without putting " *" into the label's text: Mantine's
 * asterisk span would become part of the label that tests and some assistive tools match
 * on. The asterisk is drawn by CSS (global.css, label[data-required]) and the input gets
 * `required` (forms use noValidate, so the browser shows no popups of its own).
 */
export const requiredField = {
  required: true,
  withAsterisk: false,
  labelProps: { mod: { required: true } },
} as const
