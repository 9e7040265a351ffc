-- Retention used to count an article's age from its publication date, so a feed's older items
-- (a quiet outlet, an archive, a news-list page's older entries) were stored and removed in the
-- same refresh, then kept out as "retired". It now counts from when Oqy received an article
-- (storage/retention.h). Forgetting the retirements lets the next refresh bring those articles
-- back; anything still too old by the new rule is simply retired again later.
DELETE FROM retired_articles;
