// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace saathi::ui {

// The receipt's QR code on screen, the same one the paper carries (reference, amount, time, agent code), large
// enough for the customer to photograph instead of taking paper, with a caption that says so.
class ReceiptQrView : public QWidget
{
    Q_OBJECT
public:
    explicit ReceiptQrView(QWidget* parent = nullptr, int modulePixels = kModulePixels);

    void setPayload(const QString& payload);
    const QString& payload() const { return m_payload; }

    static constexpr int kModulePixels = 6; // ~300 px for a receipt's payload: a phone reads it from a metre

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLabel* m_image = nullptr;
    QLabel* m_caption = nullptr;
    QString m_payload;
    int m_modulePixels;
};

} // namespace saathi::ui
