#pragma once

#include "feedcontext.h"
#include "feeddocument.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace oqy::feeds {

// Two repairs feedparser makes to every value: UTF-8 that was decoded as Latin-1 upstream is
// decoded again, and C1 control characters (Windows-1252 punctuation in disguise) are mapped.
QString repairMisdecodedText(QString text);

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
    // Element names are interned: the SAX driver asks once per distinct name and passes the id.
    int elementId(const QString &namespaceUri, const QString &prefix, const QString &localName);
    void startElement(int elementId, const QList<XmlAttribute> &attributes);
    void endElement(int elementId);
    void characters(const char *utf8, qsizetype length);

    FeedDocument &document() { return m_doc; }
    FeedDocument take();

private:
    // An element's attributes by canonical name ("rel", "xml:lang", "rdf:about"). Elements have a
    // handful at most: a flat list beats a hash table here.
    class Attributes
    {
    public:
        bool isEmpty() const { return m_items.isEmpty(); }
        bool contains(const QString &name) const { return find(name) >= 0; }
        QString value(const QString &name, const QString &fallback = {}) const
        {
            const qsizetype i = find(name);
            return i < 0 ? fallback : m_items[i].second;
        }
        void insert(const QString &name, const QString &value)
        {
            const qsizetype i = find(name);
            if (i < 0)
                m_items.append({name, value});
            else
                m_items[i].second = value;
        }
        void remove(const QString &name)
        {
            const qsizetype i = find(name);
            if (i >= 0)
                m_items.removeAt(i);
        }

    private:
        qsizetype find(const QString &name) const
        {
            for (qsizetype i = 0; i < m_items.size(); ++i)
                if (m_items[i].first == name)
                    return i;
            return -1;
        }
        QList<QPair<QString, QString>> m_items;
    };

    struct Pending
    {
        QString element;
        bool expectingText = false;
        QList<QByteArray> pieces; // UTF-8; adjacent text is merged into one piece
        bool lastIsText = false;
    };

    struct ElementName
    {
        QString namespaceUri;
        QString localName; // as written
        QString local;     // lower case
        QString canonical; // canonical namespace prefix ("dc"), or the document's for unknown ones
        QString qualified; // "dc:creator", "title"
        int tag = -1;      // known element (feedbuilder_elements.cpp), -1 otherwise
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
    static int tagOf(const QString &qualified);
    bool dispatchStart(const QString &name, Attributes &attrs) { return dispatchStart(tagOf(name), attrs); }
    bool dispatchEnd(const QString &name) { return dispatchEnd(tagOf(name)); }
    bool dispatchStart(int tag, Attributes &attrs);
    bool dispatchEnd(int tag);

    // Text capture, after feedparser's push/pop.
    void push(const QString &element, bool expectingText);
    QString pop(const QString &element, bool stripWhitespace = true);
    void pushContent(const QString &tag, const Attributes &attrs, const QString &defaultType,
                     bool expectingText);
    QString popContent(const QString &tag);
    void store(QString element, const QString &output);

    // Unknown elements inside content are serialised back to markup.
    void unknownStart(const QString &localName, const QString &namespaceUri,
                      const QList<XmlAttribute> &attributes);
    void unknownEnd(const QString &localName);
    void handleData(const char *utf8, qsizetype length, bool escape, bool markup);
    void handleMarkup(const QString &markup);

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
    QList<ElementName> m_names;
    QHash<QString, int> m_nameIds;
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
    QString m_lastPlainText; // plain text of the value pop() just sanitised, for store()
    bool m_lastUnsanitized = false; // pop() left the value's HTML for articlesFromFeed to sanitise
    bool m_lastNeedsRepair = false;  // the value may hold mis-decoded text (repairMisdecodedText)
};

} // namespace oqy::feeds
