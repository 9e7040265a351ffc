#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Per-site extraction rules: XPath expressions that say where an outlet puts its article, kept in
// a data file (resources/extract/site-rules.json, compiled in) that a user file can extend or
// override without rebuilding (`site-rules.json` in the data directory). When a rule's body
// expression matches, it wins over content scoring.
//
// XPath 1.0 as libxml2 evaluates it, plus has-class('name'): true when the context node's class
// attribute contains that class — //div[has-class('content_main_text')].
namespace oqy::extract {

struct SiteRule
{
    QString name;
    QStringList hosts; // "tengrinews.kz" also matches www.tengrinews.kz and kz.… subdomains
    QString body; // the article text container(s), in document order
    QString title;
    QString leadImage; // the lead <img>
    QString byline;
    QString published; // an element or attribute holding the publication date
    QStringList strip; // removed before anything else
    QStringList stripText; // short blocks containing one of these strings are removed

    // The outlet's news-list pages (for outlets without a feed): each item, and relative to it the
    // link, the headline and the date.
    QString listItem;
    QString listLink;
    QString listTitle;
    QString listDate;
};

class SiteRules
{
public:
    // The rules shipped with Oqy.
    static SiteRules builtIn();
    // Parses a rules file; nullopt (and a message in *error) when it is not valid.
    static std::optional<SiteRules> fromJson(const QByteArray &json, QString *error = nullptr);
    // Reads the user's file when there is one; a broken file is reported and ignored.
    static SiteRules loadUserFile(const QString &path, QString *error = nullptr);

    // Rules from `other` replace this set's rules for the same hosts.
    void overrideWith(const SiteRules &other);
    const SiteRule *forHost(const QString &host) const;
    const QList<SiteRule> &rules() const { return m_rules; }
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    QList<SiteRule> m_rules;
};

} // namespace oqy::extract
