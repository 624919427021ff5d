import { Anchor, Button, NavLink } from '@mantine/core'
import type { AnchorProps, ButtonProps, NavLinkProps } from '@mantine/core'
import { createLink } from '@tanstack/react-router'
import type { AnchorHTMLAttributes, Ref } from 'react'

/** Mantine looks with router navigation: real <a href> elements, so open-in-new-tab works. */
type ButtonAnchorProps = ButtonProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }
function ButtonAnchor(props: ButtonAnchorProps) {
  return <Button component="a" {...props} />
}
export const ButtonLink = createLink(ButtonAnchor)

type TextAnchorProps = AnchorProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }
function TextAnchor(props: TextAnchorProps) {
  return <Anchor component="a" {...props} />
}
export const AnchorLink = createLink(TextAnchor)

type NavAnchorProps = NavLinkProps &
  AnchorHTMLAttributes<HTMLAnchorElement> & { ref?: Ref<HTMLAnchorElement> }
function NavAnchor(props: NavAnchorProps) {
  return <NavLink component="a" {...props} />
}
export const NavLinkLink = createLink(NavAnchor)
