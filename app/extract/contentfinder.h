#pragma once

#include "classhints.h"
#include "scoringdom.h"

#include <QString>

#include <functional>
#include <memory>

// Finds the article in a page by content scoring, the way Mozilla Readability does (its algorithm,
// re-implemented over libxml2 with cached node statistics): strip unlikely candidates, score
// paragraphs by length and commas, propagate scores to ancestors, pick the best container and
// its related siblings, then clean the result conditionally. When the result is too short the
// page is read again with fewer rules (unlikely candidates kept, class weights off, no conditional
// cleaning), and the longest attempt wins.
namespace oqy::extract {

class ContentFinder
{
public:
    struct Options
    {
        QString title; // the article title, to drop the heading that repeats it
        bool haveByline = false; // metadata already named the author
        int charThreshold = 500;
        int topCandidates = 5;
    };

    // A fresh, parsed page for each attempt (attempts mutate the tree).
    using PageSource = std::function<std::unique_ptr<ScoringDom>()>;

    struct Result
    {
        std::unique_ptr<ScoringDom> dom; // owns the tree `content` lives in
        xmlNode *content = nullptr; // a <div> outside the page tree; nullptr when nothing found
        QString byline; // a byline element found in the page, if any
        int textLength = 0;
    };

    explicit ContentFinder(ClassHintCache &hints)
        : m_hints(hints)
    { }

    Result find(
        std::unique_ptr<ScoringDom> firstAttempt, const PageSource &again, const Options &options);

    // Readability's clean-up of a chosen container, also used for containers chosen by site rules.
    void prepareArticle(ScoringDom &dom, xmlNode *article, bool cleanConditionally);

private:
    enum Flag : unsigned { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

    xmlNode *grab(ScoringDom &dom, unsigned flags, const Options &options, QString &byline);
    int classWeight(const xmlNode *n) const;
    void initializeNode(ScoringDom &dom, xmlNode *n);
    void wrapPhrasingContent(ScoringDom &dom, xmlNode *div);
    bool headerDuplicatesTitle(ScoringDom &dom, xmlNode *n, const QString &title);
    void cleanConditionally(ScoringDom &dom, xmlNode *root, Tag tag);
    bool shouldRemoveConditionally(ScoringDom &dom, xmlNode *n, Tag tag);
    void clean(ScoringDom &dom, xmlNode *root, Tag tag);
    void markDataTables(ScoringDom &dom, xmlNode *root);

    ClassHintCache &m_hints;
    unsigned m_flags = StripUnlikely | WeightClasses | CleanConditionally;
};

// Shared with the other passes.
bool isPhrasingContent(ScoringDom &dom, xmlNode *n);
bool isWhitespaceNode(ScoringDom &dom, xmlNode *n);
bool hasAncestorTag(ScoringDom &dom, const xmlNode *n, Tag tag, int maxDepth = 3,
    const std::function<bool(xmlNode *)> &filter = {});
std::vector<xmlNode *> descendantsWithTag(ScoringDom &dom, xmlNode *root, Tag tag);
// Token overlap of two titles (1 = the same words), as Readability computes it.
double textSimilarity(const QString &a, const QString &b);

} // namespace oqy::extract
