#include "credits.h"

#include "htmltext.h"

#include <QRegularExpression>

namespace oqy::extract {

namespace {

// Words that open a photo credit, in Russian, Kazakh and English.
const QString CreditWords = QStringLiteral(
    "(?:фото\\s*и\\s*видео|фото/видео|фотографии|фотография|фотосурет|суреттер|сурет|фото|photos?|"
    "источник фото|фотоматериал)");

const QRegularExpression &creditAtStart()
{
    // "Фото: X", "Фото — X", "Фото из архива X", "Фото пресс-службы X", "© X".
    static const QRegularExpression re(QStringLiteral("^(?:") + CreditWords
            + QStringLiteral("\\s*(?:[:：]|[—–-]\\s)\\s*(.+)|") + CreditWords
            + QStringLiteral("\\s+((?:из|с|со|автора|пресс|предоставлен|взято|архив|жеке|автордың|"
                             "ашық)\\S*.*)|©\\s*(.+))$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

QString trimCredit(QString s)
{
    s = collapseWhitespace(s);
    while (!s.isEmpty()
        && (s.endsWith(QLatin1Char('.')) || s.endsWith(QLatin1Char(')'))
            || s.endsWith(QLatin1Char(';'))))
        s.chop(1);
    return s.trimmed();
}

QString trimCaption(QString s)
{
    s = collapseWhitespace(s);
    while (!s.isEmpty() && QStringLiteral(".,;:(—–-|/ ").contains(s.back()))
        s.chop(1);
    return s;
}

QString creditFromMatch(const QRegularExpressionMatch &m)
{
    for (int i = 1; i <= 3; ++i)
        if (m.capturedLength(i) > 0)
            return trimCredit(m.captured(i));
    return {};
}

} // namespace

bool isCreditLine(const QString &text)
{
    const QString t = collapseWhitespace(text);
    return !t.isEmpty() && t.size() < 200 && creditAtStart().match(t).hasMatch();
}

CaptionParts splitCaption(const QString &text)
{
    const QString t = collapseWhitespace(text);
    if (const auto m = creditAtStart().match(t); m.hasMatch())
        return { QString(), creditFromMatch(m), trimCredit(t) };
    // A credit after the description: "…реконструкции. Фото: X", "… (фото: X)", "… / Фото X".
    static const QRegularExpression trailing(
        QStringLiteral("(?:^|[.!?;,|/(]\\s*|\\s[—–-]\\s*|\\s)(") + CreditWords
            + QStringLiteral("\\s*(?:[:：]|[—–-]\\s)\\s*.+|") + CreditWords
            + QStringLiteral("\\s+(?:из|с|со|автора|пресс)\\S*\\s.+|©\\s*.+)$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    const auto m = trailing.match(t);
    if (m.hasMatch() && m.capturedStart(1) > 0) {
        const auto credit = creditAtStart().match(m.captured(1));
        if (credit.hasMatch())
            return { trimCaption(t.left(m.capturedStart(1))), creditFromMatch(credit),
                trimCredit(m.captured(1)) };
    }
    return { trimCaption(t), QString(), QString() };
}

namespace {

const QRegularExpression &speechVerb()
{
    static const QRegularExpression re(
        QStringLiteral(
            "^(?:сказал[аи]?|отметил[аи]?|подчеркнул[аи]?|заявил[аи]?|добавил[аи]?|рассказал[аи]?|"
            "пояснил[аи]?|сообщил[аи]?|уточнил[аи]?|считает|уверен[аы]?|говорит|резюмировал[аи]?|"
            "прокомментировал[аи]?|признался|призналась|делится|поделился|поделилась|цитирует|"
            "убежден[аы]?|убеждён[аы]?|констатировал[аи]?|напомнил[аи]?|"
            "деді|айтты|атап өтті|мәлімдеді|жазды|қосты|түсіндірді|хабарлады|деп атап өтті|"
            "деп мәлімдеді|дейді|said|says|added|noted|told)\\b[\\s,]*"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

} // namespace

bool looksLikeAttribution(const QString &text)
{
    const QString t = collapseWhitespace(text);
    if (t.isEmpty() || t.size() > 250)
        return false;
    if (t.startsWith(QChar(0x2014)) || t.startsWith(QChar(0x2013))
        || t.startsWith(QLatin1String("- ")))
        return true;
    return speechVerb().match(t).hasMatch();
}

QString cleanAttribution(const QString &text)
{
    QString t = collapseWhitespace(text);
    static const QRegularExpression leading(QStringLiteral("^[\\s,—–―-]+"));
    t.remove(leading);
    t.remove(speechVerb());
    t.remove(leading);
    while (!t.isEmpty() && QStringLiteral(".,;: ").contains(t.back()))
        t.chop(1);
    return t.trimmed();
}

QString cleanByline(const QString &text)
{
    static const QRegularExpression prefix(
        QStringLiteral("^(?:автор(?:ы)?(?: материала| статьи| фото)?|текст|материал подготовил[а]?|"
                       "дайындаған|жазған|by|written by|posted by)\\s*[:—–-]?\\s+"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    QString t = collapseWhitespace(text);
    t.remove(prefix);
    while (!t.isEmpty() && QStringLiteral(".,;:|— ").contains(t.back()))
        t.chop(1);
    return t;
}

QString stripQuotationMarks(const QString &text)
{
    QString t = collapseWhitespace(text);
    while (!t.isEmpty() && QStringLiteral(",;:—– ").contains(t.back()))
        t.chop(1);
    static const QString opening = QStringLiteral("«“„\"‘'");
    static const QString closing = QStringLiteral("»”“\"’'");
    if (t.size() >= 2 && opening.contains(t.front()) && closing.contains(t.back())) {
        // Only when the marks enclose the whole text: «A» и «B» stays as it is.
        const QString inner = t.mid(1, t.size() - 2);
        int depth = 0;
        bool balanced = true;
        for (const QChar c : inner) {
            if (c == QChar(0x00AB))
                ++depth;
            else if (c == QChar(0x00BB) && --depth < 0)
                balanced = false;
        }
        if (balanced)
            t = inner.trimmed();
    }
    return t;
}

} // namespace oqy::extract
