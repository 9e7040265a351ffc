#include "htmlsanitizerpolicy.h"

namespace oqy::sanitizer {

namespace {
Names names(std::initializer_list<const char *> list)
{
    Names set;
    for (const char *n : list)
        set.insert(QString::fromLatin1(n));
    return set;
}
} // namespace

const Names &readerElements()
{
    static const Names set = names(
        {"a", "abbr", "acronym", "address", "article", "aside", "audio", "b", "bdi", "bdo", "big",
         "blockquote", "br", "caption", "center", "cite", "code", "col", "colgroup", "dd", "del",
         "details", "dfn", "dir", "div", "dl", "dt", "em", "figcaption", "figure", "font", "footer",
         "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "ins", "kbd", "li", "main",
         "mark", "menu", "nav", "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp",
         "section", "small", "source", "span", "strike", "strong", "sub", "summary", "sup", "table",
         "tbody", "td", "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "video", "wbr"});
    return set;
}

const Names &readerDroppedWithContent()
{
    static const Names set = names({"script", "style", "iframe", "frame", "frameset", "object",
                                    "applet", "embed", "noembed", "noframes", "noscript", "template",
                                    "title", "head", "textarea", "select", "button", "svg", "math",
                                    "canvas", "map", "xml", "xmp", "plaintext", "form", "dialog"});
    return set;
}

const Names &readerAttributes()
{
    static const Names set = names(
        {"abbr", "align", "alt", "axis", "border", "cellpadding", "cellspacing", "char", "charoff",
         "cite", "clear", "color", "cols", "colspan", "compact", "controls", "coords", "datetime",
         "dir", "face", "headers", "height", "href", "hreflang", "hspace", "lang", "loop", "muted",
         "noshade", "nowrap", "open", "poster", "rel", "rev", "reversed", "rows", "rowspan", "rules",
         "scope", "size", "span", "src", "start", "summary", "title", "type", "valign", "value",
         "vspace", "width", "xml:lang", "style"});
    return set;
}

// feedparser 6's _HTMLSanitizer lists.
const Names &compatElements()
{
    static const Names set = names(
        {"a", "abbr", "acronym", "address", "area", "article", "aside", "audio", "b", "big",
         "blockquote", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
         "colgroup", "command", "datagrid", "datalist", "dd", "del", "details", "dfn", "dialog",
         "dir", "div", "dl", "dt", "em", "event-source", "fieldset", "figcaption", "figure", "font",
         "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "i", "img", "input",
         "ins", "kbd", "keygen", "label", "legend", "li", "m", "map", "menu", "meter", "multicol",
         "nav", "nextid", "noscript", "ol", "optgroup", "option", "output", "p", "pre", "progress",
         "q", "s", "samp", "section", "select", "small", "sound", "source", "spacer", "span",
         "strike", "strong", "sub", "sup", "table", "tbody", "td", "textarea", "tfoot", "th", "thead",
         "time", "tr", "tt", "u", "ul", "var", "video"});
    return set;
}

const Names &compatDroppedWithContent()
{
    static const Names set = names({"script", "applet", "style"});
    return set;
}

const Names &compatAttributes()
{
    static const Names set = names(
        {"abbr", "accept", "accept-charset", "accesskey", "action", "align", "alt", "autocomplete",
         "autofocus", "axis", "background", "balance", "bgcolor", "bgproperties", "border",
         "bordercolor", "bordercolordark", "bordercolorlight", "bottompadding", "cellpadding",
         "cellspacing", "ch", "challenge", "char", "charoff", "charset", "checked", "choff", "cite",
         "class", "clear", "color", "cols", "colspan", "compact", "contenteditable", "controls",
         "coords", "data", "datafld", "datapagesize", "datasrc", "datetime", "default", "delay",
         "dir", "disabled", "draggable", "dynsrc", "enctype", "end", "face", "for", "form", "frame",
         "galleryimg", "gutter", "headers", "height", "hidden", "hidefocus", "high", "href",
         "hreflang", "hspace", "icon", "id", "inputmode", "ismap", "keytype", "label", "lang",
         "leftspacing", "list", "longdesc", "loop", "loopcount", "loopend", "loopstart", "low",
         "lowsrc", "max", "maxlength", "media", "method", "min", "multiple", "name", "nohref",
         "noshade", "nowrap", "open", "optimum", "pattern", "ping", "point-size", "poster", "pqg",
         "preload", "prompt", "radiogroup", "readonly", "rel", "repeat-max", "repeat-min", "replace",
         "required", "rev", "rightspacing", "rows", "rowspan", "rules", "scope", "selected", "shape",
         "size", "span", "src", "start", "step", "style", "summary", "suppress", "tabindex", "target",
         "template", "title", "toppadding", "type", "unselectable", "urn", "usemap", "valign",
         "value", "variable", "volume", "vrml", "vspace", "width", "wrap", "xml:lang"});
    return set;
}

const Names &voidElements()
{
    static const Names set = names({"area", "base", "basefont", "br", "col", "command", "embed",
                                    "frame", "hr", "img", "input", "isindex", "keygen", "link",
                                    "meta", "param", "source", "track", "wbr"});
    return set;
}

const Names &urlAttributes()
{
    static const Names set = names({"href", "src", "cite", "poster", "longdesc", "usemap", "action",
                                    "background", "dynsrc", "lowsrc", "data", "codebase", "classid",
                                    "profile", "ping"});
    return set;
}

const Names &safeSchemes()
{
    static const Names set = names({"http", "https", "ftp", "mailto", "tel", "news", "nntp", "feed",
                                    "irc", "ircs", "xmpp", "sip", "sips", "webcal", "magnet",
                                    "gopher", "rtsp", "mms", "callto", "skype", "geo", "aim",
                                    "cvs", "facetime", "gtalk", "h323", "iax", "im", "imap",
                                    "itms", "jabber", "ldap", "msnim", "pop", "secondlife", "sftp",
                                    "ssh", "svn", "telnet"});
    return set;
}

const Names &readerCssProperties()
{
    static const Names set = names({"text-align", "font-weight", "font-style", "text-decoration",
                                    "white-space", "vertical-align", "direction", "unicode-bidi"});
    return set;
}

const Names &compatCssProperties()
{
    static const Names set = names(
        {"azimuth", "background-color", "border-bottom-color", "border-collapse", "border-color",
         "border-left-color", "border-right-color", "border-top-color", "clear", "color", "cursor",
         "direction", "display", "elevation", "float", "font", "font-family", "font-size",
         "font-style", "font-variant", "font-weight", "height", "letter-spacing", "line-height",
         "overflow", "pause", "pause-after", "pause-before", "pitch", "pitch-range", "richness",
         "speak", "speak-header", "speak-numeral", "speak-punctuation", "speech-rate", "stress",
         "text-align", "text-decoration", "text-indent", "unicode-bidi", "vertical-align",
         "voice-family", "volume", "white-space", "width"});
    return set;
}

const Names &compatCssKeywords()
{
    static const Names set = names(
        {"!important", "aqua", "auto", "black", "block", "blue", "bold", "both", "bottom", "brown",
         "center", "collapse", "dashed", "dotted", "fuchsia", "gray", "green", "italic", "left",
         "lime", "maroon", "medium", "navy", "none", "normal", "nowrap", "olive", "pointer",
         "purple", "red", "right", "silver", "solid", "teal", "top", "transparent", "underline",
         "white", "yellow"});
    return set;
}

} // namespace oqy::sanitizer
