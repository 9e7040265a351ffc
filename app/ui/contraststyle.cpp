#include "contraststyle.h"

#include <QPainter>
#include <QStyleOption>

namespace oqy {

void ContrastStyle::drawPrimitive(
    PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool box = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    const bool radio = element == PE_IndicatorRadioButton;
    if ((!box && !radio) || option->palette.color(QPalette::Window).lightness() >= 128)
        return;
    QColor frame = option->palette.color(QPalette::Text);
    frame.setAlpha(option->state & State_Enabled ? 170 : 80);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, radio);
    painter->setPen(QPen(frame, 1));
    painter->setBrush(Qt::NoBrush);
    const QRectF r = QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5);
    if (radio)
        painter->drawEllipse(r.adjusted(1, 1, -1, -1));
    else
        painter->drawRect(r);
    painter->restore();
}

} // namespace oqy
