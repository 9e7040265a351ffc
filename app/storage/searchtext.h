#pragma once

#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <functional>

struct sb_stemmer;

namespace oqy {

// What full-text search compares: words folded (lower case, Kazakh letters to their Russian
// look-alikes, Kazakh Latin transliterated to Cyrillic, so «Қарағанды» and «Qaraǵandy» meet),
// then stemmed — Russian with libstemmer's Russian stemmer, Kazakh by stripping case, plural and
// possessive endings. The index holds this form of every article (SQL function oqy_search_text,
// called by the triggers of migration 0007); queries are turned into FTS5 expressions over it.
// Not thread-safe: one per connection or thread.
class SearchText
{
public:
    SearchText();
    ~SearchText();
    SearchText(const SearchText &) = delete;
    SearchText &operator=(const SearchText &) = delete;

    // The indexed form of a text: its words' stems separated by spaces. A text with Kazakh letters
    // is stemmed as Kazakh, otherwise as Russian.
    QString indexForm(QStringView text);
    // Stems indexForm() produced for the first time since the last call (this object's memory, not
    // the database's): the candidates for the vocabulary that prefix search expands (search_terms).
    QStringList takeNewStems();

    // An FTS5 MATCH expression for what a reader types: words (any form), "phrases", prefix*,
    // -exclusion. Empty when nothing is left to search for. `expandPrefix`, when given, lists the
    // indexed terms a prefix covers (at most a few dozen, else nothing): FTS5 materialises the
    // whole doclist of a prefix query, but walks an OR of terms newest first and stops early.
    using PrefixExpander = std::function<QStringList(const QString &prefix)>;
    QString matchExpression(QStringView query, const PrefixExpander &expandPrefix = {});

    // For a query of exclusions only («-Караганда»): what the articles must not match. Empty when
    // the query has positive terms (matchExpression() has the exclusions then).
    QString exclusionExpression(QStringView query);

    // The stems a query's words can take in the index, for highlighting.
    QStringList queryStems(QStringView query);

    // Up to `maxChars` characters of `text` around the first match, the matching words in [ ].
    QString snippet(QStringView text, QStringView query, int maxChars = 220);

    // Folded, transliterated form of one word.
    static QString fold(QStringView word);
    QString russianStem(const QString &folded);
    static QString kazakhStem(const QString &folded);

private:
    sb_stemmer *m_russian;
    QHash<QString, QString> m_stems; // word as written + mode → stem
    QStringList m_newStems;
};

} // namespace oqy
