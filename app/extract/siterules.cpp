#include "siterules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace oqy::extract {

namespace {

QStringList stringList(const QJsonValue &v)
{
    QStringList list;
    if (v.isString())
        list.append(v.toString());
    for (const QJsonValue &item : v.toArray())
        if (item.isString())
            list.append(item.toString());
    return list;
}

bool hostMatches(const QString &host, const QString &pattern)
{
    return host == pattern || host.endsWith(QLatin1Char('.') + pattern);
}

} // namespace

std::optional<SiteRules> SiteRules::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? QStringLiteral("%1 at offset %2")
                      .arg(parseError.errorString())
                      .arg(parseError.offset)
                : QStringLiteral("the top level must be an object with a \"sites\" list");
        return std::nullopt;
    }
    SiteRules rules;
    const QJsonArray sites = doc.object().value(QLatin1String("sites")).toArray();
    for (qsizetype i = 0; i < sites.size(); ++i) {
        const QJsonObject o = sites.at(i).toObject();
        SiteRule rule;
        rule.name = o.value(QLatin1String("name")).toString();
        for (const QString &h : stringList(o.value(QLatin1String("hosts"))))
            rule.hosts.append(h.trimmed().toLower());
        rule.body = o.value(QLatin1String("body")).toString();
        rule.title = o.value(QLatin1String("title")).toString();
        rule.leadImage = o.value(QLatin1String("lead_image")).toString();
        rule.byline = o.value(QLatin1String("byline")).toString();
        rule.published = o.value(QLatin1String("published")).toString();
        rule.strip = stringList(o.value(QLatin1String("strip")));
        rule.stripText = stringList(o.value(QLatin1String("strip_text")));
        const QJsonObject list = o.value(QLatin1String("list")).toObject();
        rule.listItem = list.value(QLatin1String("item")).toString();
        rule.listLink = list.value(QLatin1String("link")).toString();
        rule.listTitle = list.value(QLatin1String("title")).toString();
        rule.listDate = list.value(QLatin1String("date")).toString();
        if (rule.hosts.isEmpty()) {
            if (error)
                *error = QStringLiteral("site %1 (\"%2\") names no hosts").arg(i).arg(rule.name);
            return std::nullopt;
        }
        rules.m_rules.append(rule);
    }
    return rules;
}

SiteRules SiteRules::builtIn()
{
    QFile file(QStringLiteral(":/extract/site-rules.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.readAll()).value_or(SiteRules());
}

SiteRules SiteRules::loadUserFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, file.errorString());
        return {};
    }
    QString message;
    auto rules = fromJson(file.readAll(), &message);
    if (!rules) {
        if (error)
            *error = QStringLiteral("%1: %2").arg(path, message);
        return {};
    }
    return *rules;
}

void SiteRules::overrideWith(const SiteRules &other)
{
    for (const SiteRule &rule : other.m_rules) {
        m_rules.erase(std::remove_if(m_rules.begin(), m_rules.end(),
                          [&](const SiteRule &r) {
                              for (const QString &h : rule.hosts)
                                  if (r.hosts.contains(h))
                                      return true;
                              return false;
                          }),
            m_rules.end());
        m_rules.prepend(rule);
    }
}

const SiteRule *SiteRules::forHost(const QString &rawHost) const
{
    const QString host = rawHost.toLower();
    for (const SiteRule &rule : m_rules)
        for (const QString &pattern : rule.hosts)
            if (hostMatches(host, pattern))
                return &rule;
    return nullptr;
}

} // namespace oqy::extract
