// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Saathi contributors
#pragma once

#include "core/util/Error.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QCompleter;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QModelIndex;
class QListView;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;

namespace saathi::bank {
class BankDirectory;
}

namespace saathi::ui {

// The customer's bank: Eko's list from the counter's bank::BankDirectory, searched by name or short code in one line
// edit with a popup list (a QCompleter over a filtered model). Typing narrows the popup and highlights the best match
// (an exact short code, else the first name or code containing the text); Down/Up move the highlight; Enter or Tab
// picks it, closes the popup, shows "Name (CODE)" in the field and moves on; Esc only closes the popup. The popup
// never takes the focus, so Tab never lands in a list. Shows a loading state, and a clear error with a Retry button
// when the list cannot be loaded.
class BankPicker : public QWidget
{
    Q_OBJECT
public:
    explicit BankPicker(bank::BankDirectory& banks, QWidget* parent = nullptr);

    void load();
    bool isLoaded() const { return m_loaded; }
    QString bankCode() const; // empty when nothing is selected
    QString bankName() const;
    bool selectCode(const QString& code);
    QLineEdit* searchEdit() const { return m_search; }
    QListView* listView() const { return m_list; } // the popup: shown while typing
    bool isPopupVisible() const;
    void clearSelection();

Q_SIGNALS:
    void bankChanged(const QString& code);
    void loaded(int count);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void retranslate();
    void setStatus(std::function<QString()> text);
    void fill();
    void onFailed(const Error& error);
    void onSearch(const QString& text);
    int bestRow() const;
    void setCode(const QString& code);
    void pick(const QModelIndex& index);
    bool handlePopupKey(QKeyEvent* key);

    bank::BankDirectory& m_banks;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QCompleter* m_completer = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_retry = nullptr;
    QStandardItemModel* m_model = nullptr;
    QSortFilterProxyModel* m_filter = nullptr;
    bool m_loaded = false;
    QString m_code;
    QPointer<QWidget> m_focusAfterPopup; // where a key that closed the popup sent the focus
    std::function<QString()> m_statusText;
};

} // namespace saathi::ui
