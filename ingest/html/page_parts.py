"""The parts of a page that several steps ask about, as XPath and tag sets.

Page furniture (menus, headers, footers, sidebars), the boxes that hold the whole page,
the blocks that hold a line of text and the size of a card about another page are asked
about by the date finder, the heading finders, the list maker and the main frame alike:
they are named once here, so that every step means the same by them.
"""

from __future__ import annotations


# Boxes that hold the page, never its cookie notice alone.
PAGE_BOXES = {"html", "body", "main", "article"}

# The namespace of EXSLT's regular expressions, for `re:test` in XPath.
REGEXP = {"re": "http://exslt.org/regular-expressions"}

# The blocks that hold a line of text, and those that hold lines of their own.
LINE_BLOCKS = {"p", "div", "li", "td", "th", "dt", "dd", "blockquote", "pre", "caption", "figcaption",
               "h1", "h2", "h3", "h4", "h5", "h6"}

# The page's main text, and a box around it, is no furniture, whatever its name says: Quarto's
# `div#quarto-content` is classed "page-navbar" (a page laid out under a navbar), its `<main>`
# "quarto-banner-title-block" (a title block drawn as a banner).
_HOLDS_MAIN = "descendant-or-self::*[self::main or @role='main']"
# Page furniture, by tag or by an id or class word ("site-footer", "sidebar-left", "topmenu"):
# its paragraphs say nothing about where the leaflet stands.
FURNITURE_NAME = ("re:test(concat(' ', @id, ' ', @class, ' '), '[\\s_-](?:top)?(?:footer|sidebar|menu|nav|"
                  "navbar|navigation|breadcrumbs?|cookies?|banner|widgets?|aside|related|gerelateerd|comments?"
                  "|reacties?)[\\s_-]', 'i')")
FURNITURE = ("ancestor-or-self::*[self::nav or self::header or self::footer or self::aside or self::form"
             f" or ({FURNITURE_NAME} and not({_HOLDS_MAIN}))]")
# A box whose id or class alone names it furniture (`div#footer`), whatever its tag.
FURNITURE_NAMED = f"ancestor-or-self::*[{FURNITURE_NAME} and not({_HOLDS_MAIN})]"

# A heading in the page's navigation (a sidebar, a menu, `<nav>`, `<aside>`) names a box of links
# ("Public Channels" over a chat viewer's channel list, "Categorieën" over a blog's), never the page.
_NAVIGATION_NAME = ("re:test(concat(' ', @id, ' ', @class, ' '), '[\\s_-](?:top)?(?:sidebar|menu|nav|navbar|navigation"
                    "|breadcrumbs?)[\\s_-]', 'i')")
NAVIGATION_HEADINGS = ("//*[self::h1 or self::h2 or self::h3 or self::h4 or self::h5 or self::h6][ancestor::*["
                       f"self::nav or self::aside or ({_NAVIGATION_NAME} and not({_HOLDS_MAIN}))]]")

# The same for an element alone, not the boxes around it.
FURNITURE_SELF = FURNITURE.replace("ancestor-or-self::", "self::", 1)

MAX_TEASER_WORDS = 30  # a card that links elsewhere says this much at most
