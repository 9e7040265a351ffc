#pragma once

#include <QProxyStyle>

namespace oqy {

// The platform's style, with check boxes and radio buttons that stay visible on a dark palette:
// Fusion draws their frame a shade darker than the window, which on Oqy's dark theme is the
// colour of the box itself (the outlet picker's boxes nearly vanished). On a light palette it
// changes nothing.
class ContrastStyle : public QProxyStyle
{
    Q_OBJECT
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
        const QWidget *widget = nullptr) const override;
};

} // namespace oqy
