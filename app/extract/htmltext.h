#pragma once

#include <QString>
#include <QStringView>

namespace oqy {

// The readable text of an HTML fragment: block elements become line breaks, scripts and styles
// vanish, character references are decoded and runs of white space collapse. Used for search,
// region tagging and `oqy-cli show --json`'s "text".
QString htmlToPlainText(QStringView html);

// Collapses runs of white space (including no-break spaces) to single spaces and trims.
QString collapseWhitespace(QStringView text);

// Elements that start a new line of text (p, div, li, h1, br, …).
bool isBlockElement(QStringView name);

// Accumulates the text of HTML as its parser walks it: lines break at block elements, white
// space collapses within a line. Shared by htmlToPlainText and the sanitiser (which produces the
// text of what it keeps in the same pass).
class PlainTextBuilder
{
public:
    void addText(QStringView decoded);
    void breakLine() { m_pendingBreak = m_used > 0; m_pendingSpace = false; }
    QString finish()
    {
        m_out.truncate(m_used);
        return std::move(m_out);
    }

private:
    QString m_out;
    qsizetype m_used = 0; // m_out is over-allocated; this much of it is text
    bool m_pendingSpace = false;
    bool m_pendingBreak = false;
};

} // namespace oqy
