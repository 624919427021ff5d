import { Fragment } from 'react'
import { emphasisParts } from '../guide-view.ts'

/** A guide sentence with its **marked** words (what to tap or read) in bold. */
export function RichText(props: { text: string }) {
  return (
    <>
      {emphasisParts(props.text).map((part, i) =>
        part.strong ? (
          <strong key={i}>{part.text}</strong>
        ) : (
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </>
  )
}
