#pragma once

#include <QString>

// Photo credits and quote attributions as Kazakh outlets write them. Pure text functions.
namespace oqy::extract {

struct CaptionParts
{
    QString caption;
    QString credit; // the name alone
    QString creditLine; // the credit as written, prefix and all («Фото: Акорда»)
};

// Splits a caption line into its description and its credit:
//   «Фото: Акорда»                              → ("", "Акорда")
//   «Мост через Тобол. Фото: Олег Брусенцов»    → ("Мост через Тобол", "Олег Брусенцов")
//   «Фото из архива eKaraganda»                 → ("", "из архива eKaraganda")
//   «Сурет: Kazpravda.kz», «© Kursiv.media», «Photo: Reuters»
CaptionParts splitCaption(const QString &text);

// True when the whole line is a credit («Фото: …», «Сурет: …», «Фото из архива …», «© …»).
bool isCreditLine(const QString &text);

// «— сказал глава государства.» → "глава государства"; «– деді аким» → "аким";
// «Марат Оспанов, председатель союза» stays as it is. Empty when nothing is left.
QString cleanAttribution(const QString &text);

// True when a line reads as a quote's attribution: it starts with a dash, or with a speech verb.
bool looksLikeAttribution(const QString &text);

// «Автор: Асем Жаксылыкова», «Текст: …», «By Jane Doe» → the name alone.
QString cleanByline(const QString &text);

// Removes the quotation marks around a quote («…», “…”, "…") and a trailing comma.
QString stripQuotationMarks(const QString &text);

} // namespace oqy::extract
