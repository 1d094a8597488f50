// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/settings/PrinterSettings.h"

#include <QGroupBox>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace saathi {
class AppSettings;
}

namespace saathi::ui {

// Settings → Receipt printer: where the Print button sends a receipt. A thermal ESC/POS printer on a serial or
// USB-serial port (a port from the list or typed, speed, 58/80 mm paper, whether to ask its status with DLE EOT,
// text, image or automatic), a system printer, or a PDF file (a chosen folder, or ask each time). Only the chosen
// kind's fields show; the others keep what was typed. save() shows each problem under its field.
class PrinterSettingsBox : public QGroupBox
{
    Q_OBJECT
public:
    explicit PrinterSettingsBox(AppSettings& settings, QWidget* parent = nullptr);

    PrinterSettings value() const;
    // Saves the fields; false (nothing saved) with each error at its field and `firstBad` set to the first one.
    bool save(QWidget** firstBad);

protected:
    void changeEvent(QEvent* event) override;

private:
    void addRow(QLabel*& label, QWidget* field, QLabel* error = nullptr);
    void updateVisibleRows();
    void chooseFolder();
    void showErrors(const QList<PrinterFieldError>& errors);
    void retranslate();

    AppSettings& m_settings;
    QFormLayout* m_form = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_system = nullptr;
    QComboBox* m_port = nullptr;
    QComboBox* m_baud = nullptr;
    QComboBox* m_paper = nullptr;
    QComboBox* m_mode = nullptr;
    QCheckBox* m_askStatus = nullptr;
    QRadioButton* m_pdfAsk = nullptr;
    QRadioButton* m_pdfInFolder = nullptr;
    QLineEdit* m_pdfFolder = nullptr;
    QPushButton* m_chooseFolder = nullptr;
    QLabel* m_kindLabel = nullptr;
    QLabel* m_systemLabel = nullptr;
    QLabel* m_portLabel = nullptr;
    QLabel* m_baudLabel = nullptr;
    QLabel* m_paperLabel = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_pdfLabel = nullptr;
    QLabel* m_systemError = nullptr;
    QLabel* m_portError = nullptr;
    QLabel* m_baudError = nullptr;
    QLabel* m_pdfError = nullptr;
};

} // namespace saathi::ui
