// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include <QMainWindow>

class QLabel;

namespace saathi::ui {

class TrainingBanner;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(bool trainingMode, QWidget* parent = nullptr);
    // One line per service the counter depends on (Eko, the fingerprint device), as the app learns them.
    void setServiceStatus(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    TrainingBanner* m_banner = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_subtitle = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace saathi::ui
