-- The lead photo's credit as the outlet wrote it («Фото: Акорда», «Сурет: Kazpravda.kz», «Фото из
-- архива eKaraganda»): the reader pane shows it so, in the article's language, where it used to
-- put the interface's "Photo:" before the bare name (lead_image_credit, which stays for search and
-- exports). Empty for bodies stored before, and for feeds that name only the photographer.
ALTER TABLE article_bodies ADD COLUMN lead_image_credit_line TEXT NOT NULL DEFAULT '';
