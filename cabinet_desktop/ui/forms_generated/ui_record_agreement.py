# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'record_agreement.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QGridLayout, QGroupBox, QLabel,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_RecordAgreementForm(object):
    def setupUi(self, record_agreement):
        if not record_agreement.objectName():
            record_agreement.setObjectName(u"record_agreement")
        record_agreement.resize(900, 560)
        self.sectionsLayout = QVBoxLayout(record_agreement)
        self.sectionsLayout.setSpacing(6)
        self.sectionsLayout.setObjectName(u"sectionsLayout")
        self.sectionsLayout.setContentsMargins(0, 0, 0, 0)
        self.identification = QGroupBox(record_agreement)
        self.identification.setObjectName(u"identification")
        self.identificationGrid = QGridLayout(self.identification)
        self.identificationGrid.setObjectName(u"identificationGrid")
        self.identificationGrid.setHorizontalSpacing(12)
        self.identificationGrid.setVerticalSpacing(5)
        self.identificationGrid.setContentsMargins(10, 6, 10, 8)
        self.label_title = QLabel(self.identification)
        self.label_title.setObjectName(u"label_title")

        self.identificationGrid.addWidget(self.label_title, 0, 0, 1, 1)

        self.slot_title = QWidget(self.identification)
        self.slot_title.setObjectName(u"slot_title")

        self.identificationGrid.addWidget(self.slot_title, 0, 1, 1, 3)

        self.label_kind = QLabel(self.identification)
        self.label_kind.setObjectName(u"label_kind")

        self.identificationGrid.addWidget(self.label_kind, 1, 0, 1, 1)

        self.slot_kind = QWidget(self.identification)
        self.slot_kind.setObjectName(u"slot_kind")

        self.identificationGrid.addWidget(self.slot_kind, 1, 1, 1, 1)

        self.label_status = QLabel(self.identification)
        self.label_status.setObjectName(u"label_status")

        self.identificationGrid.addWidget(self.label_status, 1, 2, 1, 1)

        self.slot_status = QWidget(self.identification)
        self.slot_status.setObjectName(u"slot_status")

        self.identificationGrid.addWidget(self.slot_status, 1, 3, 1, 1)

        self.identificationGrid.setColumnStretch(1, 1)
        self.identificationGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.identification)

        self.dates = QGroupBox(record_agreement)
        self.dates.setObjectName(u"dates")
        self.datesGrid = QGridLayout(self.dates)
        self.datesGrid.setObjectName(u"datesGrid")
        self.datesGrid.setHorizontalSpacing(12)
        self.datesGrid.setVerticalSpacing(5)
        self.datesGrid.setContentsMargins(10, 6, 10, 8)
        self.label_signature_date = QLabel(self.dates)
        self.label_signature_date.setObjectName(u"label_signature_date")

        self.datesGrid.addWidget(self.label_signature_date, 0, 0, 1, 1)

        self.slot_signature_date = QWidget(self.dates)
        self.slot_signature_date.setObjectName(u"slot_signature_date")

        self.datesGrid.addWidget(self.slot_signature_date, 0, 1, 1, 1)

        self.label_start_date = QLabel(self.dates)
        self.label_start_date.setObjectName(u"label_start_date")

        self.datesGrid.addWidget(self.label_start_date, 0, 2, 1, 1)

        self.slot_start_date = QWidget(self.dates)
        self.slot_start_date.setObjectName(u"slot_start_date")

        self.datesGrid.addWidget(self.slot_start_date, 0, 3, 1, 1)

        self.label_end_date = QLabel(self.dates)
        self.label_end_date.setObjectName(u"label_end_date")

        self.datesGrid.addWidget(self.label_end_date, 1, 0, 1, 1)

        self.slot_end_date = QWidget(self.dates)
        self.slot_end_date.setObjectName(u"slot_end_date")

        self.datesGrid.addWidget(self.slot_end_date, 1, 1, 1, 1)

        self.datesGrid.setColumnStretch(1, 1)
        self.datesGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.dates)

        self.amounts = QGroupBox(record_agreement)
        self.amounts.setObjectName(u"amounts")
        self.amountsGrid = QGridLayout(self.amounts)
        self.amountsGrid.setObjectName(u"amountsGrid")
        self.amountsGrid.setHorizontalSpacing(12)
        self.amountsGrid.setVerticalSpacing(5)
        self.amountsGrid.setContentsMargins(10, 6, 10, 8)
        self.label_amount_committed = QLabel(self.amounts)
        self.label_amount_committed.setObjectName(u"label_amount_committed")

        self.amountsGrid.addWidget(self.label_amount_committed, 0, 0, 1, 1)

        self.slot_amount_committed = QWidget(self.amounts)
        self.slot_amount_committed.setObjectName(u"slot_amount_committed")

        self.amountsGrid.addWidget(self.slot_amount_committed, 0, 1, 1, 1)

        self.label_amount_disbursed = QLabel(self.amounts)
        self.label_amount_disbursed.setObjectName(u"label_amount_disbursed")

        self.amountsGrid.addWidget(self.label_amount_disbursed, 0, 2, 1, 1)

        self.slot_amount_disbursed = QWidget(self.amounts)
        self.slot_amount_disbursed.setObjectName(u"slot_amount_disbursed")

        self.amountsGrid.addWidget(self.slot_amount_disbursed, 0, 3, 1, 1)

        self.label_currency = QLabel(self.amounts)
        self.label_currency.setObjectName(u"label_currency")

        self.amountsGrid.addWidget(self.label_currency, 1, 0, 1, 1)

        self.slot_currency = QWidget(self.amounts)
        self.slot_currency.setObjectName(u"slot_currency")

        self.amountsGrid.addWidget(self.slot_currency, 1, 1, 1, 1)

        self.label_exchange_rate = QLabel(self.amounts)
        self.label_exchange_rate.setObjectName(u"label_exchange_rate")

        self.amountsGrid.addWidget(self.label_exchange_rate, 2, 0, 1, 1)

        self.slot_exchange_rate = QWidget(self.amounts)
        self.slot_exchange_rate.setObjectName(u"slot_exchange_rate")

        self.amountsGrid.addWidget(self.slot_exchange_rate, 2, 1, 1, 1)

        self.label_rate_date = QLabel(self.amounts)
        self.label_rate_date.setObjectName(u"label_rate_date")

        self.amountsGrid.addWidget(self.label_rate_date, 2, 2, 1, 1)

        self.slot_rate_date = QWidget(self.amounts)
        self.slot_rate_date.setObjectName(u"slot_rate_date")

        self.amountsGrid.addWidget(self.slot_rate_date, 2, 3, 1, 1)

        self.amountsGrid.setColumnStretch(1, 1)
        self.amountsGrid.setColumnStretch(3, 1)

        self.sectionsLayout.addWidget(self.amounts)

        QWidget.setTabOrder(self.slot_title, self.slot_kind)
        QWidget.setTabOrder(self.slot_kind, self.slot_status)
        QWidget.setTabOrder(self.slot_status, self.slot_signature_date)
        QWidget.setTabOrder(self.slot_signature_date, self.slot_start_date)
        QWidget.setTabOrder(self.slot_start_date, self.slot_end_date)
        QWidget.setTabOrder(self.slot_end_date, self.slot_amount_committed)
        QWidget.setTabOrder(self.slot_amount_committed, self.slot_amount_disbursed)
        QWidget.setTabOrder(self.slot_amount_disbursed, self.slot_currency)
        QWidget.setTabOrder(self.slot_currency, self.slot_exchange_rate)
        QWidget.setTabOrder(self.slot_exchange_rate, self.slot_rate_date)

        self.retranslateUi(record_agreement)
    # setupUi

    def retranslateUi(self, record_agreement):
        self.identification.setTitle(QCoreApplication.translate("RecordAgreementForm", u"Identification", None))
        self.label_title.setText(QCoreApplication.translate("RecordAgreementForm", u"&Intitul\u00e9 :", None))
        self.label_kind.setText(QCoreApplication.translate("RecordAgreementForm", u"&Nature :", None))
        self.label_status.setText(QCoreApplication.translate("RecordAgreementForm", u"&Statut :", None))
        self.dates.setTitle(QCoreApplication.translate("RecordAgreementForm", u"Dates", None))
        self.label_signature_date.setText(QCoreApplication.translate("RecordAgreementForm", u"&Date de signature :", None))
        self.label_start_date.setText(QCoreApplication.translate("RecordAgreementForm", u"D&ate de d\u00e9but :", None))
        self.label_end_date.setText(QCoreApplication.translate("RecordAgreementForm", u"Date de &fin :", None))
        self.amounts.setTitle(QCoreApplication.translate("RecordAgreementForm", u"Montants", None))
        self.label_amount_committed.setText(QCoreApplication.translate("RecordAgreementForm", u"&Montant engag\u00e9 :", None))
        self.label_amount_disbursed.setText(QCoreApplication.translate("RecordAgreementForm", u"M&ontant d\u00e9caiss\u00e9 :", None))
        self.label_currency.setText(QCoreApplication.translate("RecordAgreementForm", u"De&vise :", None))
        self.label_exchange_rate.setText(QCoreApplication.translate("RecordAgreementForm", u"&Taux de change (FCFA) :", None))
        self.label_rate_date.setText(QCoreApplication.translate("RecordAgreementForm", u"Date d&u taux :", None))
        pass
    # retranslateUi

