#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace oqy {

struct HtmlAttribute
{
    QString name;         // lower case
    QString value;        // character references decoded
    QStringView rawValue; // as written (quotes removed), into the tokenizer's input
};

struct HtmlToken
{
    enum class Type { Text, StartTag, EndTag, Comment, Doctype };

    Type type = Type::Text;
    QStringView raw;                 // the token's source text (Text: undecoded characters)
    QString name;                    // tags: lower-case name
    QList<HtmlAttribute> attributes; // start tags, as written (duplicates included)
    bool selfClosing = false;

    // The first attribute of that name, as browsers read duplicates.
    QString attribute(QLatin1String name) const;
    bool hasAttribute(QLatin1String name) const;
};

// A streaming HTML tokenizer in the spirit of the HTML standard's: never fails, never builds a
// tree, and treats script/style/textarea/title content as text up to the matching end tag. Used by
// the sanitiser and the plain-text converter, where a DOM would cost more than the job.
class HtmlTokenizer
{
public:
    // Which elements hold raw text: the HTML standard's set (what a browser does, for the reader
    // pane), or only script and style (what SGML-era parsers such as feedparser's did).
    enum class RawText { Html, ScriptAndStyle };

    explicit HtmlTokenizer(QStringView input, RawText rawText = RawText::Html)
        : m_input(input)
        , m_rawTextMode(rawText)
    {
    }

    // The next token, or false at the end of the input.
    bool next(HtmlToken &token);

private:
    bool readTag(HtmlToken &token);
    bool readMarkupDeclaration(HtmlToken &token);
    void readAttributes(HtmlToken &token, qsizetype &i);
    bool readRawText(HtmlToken &token);

    QStringView m_input;
    RawText m_rawTextMode;
    qsizetype m_pos = 0;
    QString m_rawTextEnd; // set after <script>, <style>, …: read text up to </name
};

} // namespace oqy
