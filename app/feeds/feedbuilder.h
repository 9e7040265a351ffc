#pragma once

#include "feedcontext.h"
#include "feeddocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace oqy::feeds {

struct XmlAttribute
{
    QString namespaceUri;
    QString prefix; // as written in the document
    QString localName;
    QString value;
};

// Builds a FeedDocument from a stream of XML events (the SAX driver feeds it). It follows the
// rules of Python feedparser's FeedParserMixin, element by element, so that Oqy reads every
// RSS/Atom/RDF/CDF variant the way the most widely trusted parser does: text constructs with their
// type, language and base, relative URIs, authors, enclosures, sources, inline XHTML.
class FeedBuilder
{
public:
    explicit FeedBuilder(const FeedContext &context);

    void startNamespace(const QString &prefix, const QString &uri);
    void startElement(const QString &namespaceUri, const QString &prefix, const QString &localName,
                      const QList<XmlAttribute> &attributes);
    void endElement(const QString &namespaceUri, const QString &prefix, const QString &localName);
    void characters(QStringView text);

    FeedDocument &document() { return m_doc; }
    FeedDocument take();

private:
    using Attributes = QHash<QString, QString>; // canonical name ("rel", "xml:lang", "rdf:about") → value

    struct Pending
    {
        QString element;
        bool expectingText = false;
        QStringList pieces;
    };

    struct ContentParams
    {
        QString type;
        QString language;
        QString base;
        QString mode;
        QString src;
        bool base64 = false;
        bool active = false;
    };

    struct TextInput
    {
        TextDetail title;
        QString link;
        QString name;
        TextDetail subtitle;
    };

    // Element dispatch (feedbuilder_elements.cpp).
    bool dispatchStart(const QString &name, Attributes &attrs);
    bool dispatchEnd(const QString &name);

    // Text capture, after feedparser's push/pop.
    void push(const QString &element, bool expectingText);
    QString pop(const QString &element, bool stripWhitespace = true);
    void pushContent(const QString &tag, const Attributes &attrs, const QString &defaultType,
                     bool expectingText);
    QString popContent(const QString &tag);
    void store(QString element, const QString &output);

    // Unknown elements inside content are serialised back to markup.
    void unknownStart(const QString &qualified, const QString &localName,
                      const QString &namespaceUri, const QList<XmlAttribute> &attributes);
    void unknownEnd(const QString &qualified);
    void handleData(const QString &text, bool escape);

    QString canonicalPrefix(const QString &namespaceUri, const QString &documentPrefix) const;
    QString resolveUri(const QString &uri) const;
    static QString mapContentType(QString type);
    bool isHtmlType(const QString &type) const;

    // Where values go right now: the feed, the current entry, its source, the image, …
    template<class Visitor>
    void withContext(Visitor &&visitor);
    void addLink(Attributes attrs, bool fromEnclosure);
    void addCategory(const QString &term, const QString &scheme, const QString &label);
    void saveAuthor(const QString &key, const QString &value, const QString &prefix = QStringLiteral("author"));
    void saveContributor(const QString &key, const QString &value);
    void syncAuthorDetail(const QString &key = QStringLiteral("author"));
    void saveDate(const QString &key, const QString &value);
    void saveIfAbsent(const QString &key, const QString &value);

    FeedContext m_context;
    FeedDocument m_doc;
    QList<Pending> m_pending;
    ContentParams m_contentParams;
    int m_inContent = 0;
    int m_depth = 0;
    bool m_inFeed = false;
    bool m_inEntry = false;
    bool m_inSource = false;
    bool m_inImage = false;
    bool m_inTextInput = false;
    bool m_inAuthor = false;
    bool m_inContributor = false;
    bool m_inPublisher = false;
    bool m_hasImage = false;
    bool m_hasTextInput = false;
    bool m_hasContent = false;
    bool m_guidIsLink = false;
    int m_titleDepth = -1;
    int m_svgDepth = 0;
    QString m_summaryKey;
    QString m_baseUri;
    QString m_lang;
    QStringList m_baseStack;
    QStringList m_langStack;
    QList<bool> m_handledStack; // per element: a known handler took it (end is dispatched too)
    QHash<QString, QString> m_namespacesInUse; // document prefix → URI
    FeedInfo m_sourceData;
    TextInput m_textInput;
    QHash<const void *, QHash<QString, int>> m_propertyDepth;
    int m_mediaDepth = 0;
};

} // namespace oqy::feeds
