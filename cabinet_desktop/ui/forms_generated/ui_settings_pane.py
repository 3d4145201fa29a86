# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_pane.ui'
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
from PySide6.QtWidgets import (QApplication, QDateEdit, QFormLayout, QGroupBox,
    QHBoxLayout, QLabel, QLineEdit, QPushButton,
    QScrollArea, QSizePolicy, QSpacerItem, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SettingsPane(object):
    def setupUi(self, settingsPane):
        if not settingsPane.objectName():
            settingsPane.setObjectName(u"settingsPane")
        settingsPane.resize(860, 640)
        self.paneLayout = QVBoxLayout(settingsPane)
        self.paneLayout.setObjectName(u"paneLayout")
        self.paneTitle = QLabel(settingsPane)
        self.paneTitle.setObjectName(u"paneTitle")
        self.paneTitle.setStyleSheet(u"font-size: 16px; font-weight: 600;")

        self.paneLayout.addWidget(self.paneTitle)

        self.scroll = QScrollArea(settingsPane)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.body = QWidget()
        self.body.setObjectName(u"body")
        self.body.setGeometry(QRect(0, 0, 840, 560))
        self.bodyLayout = QVBoxLayout(self.body)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.identity = QGroupBox(self.body)
        self.identity.setObjectName(u"identity")
        self.identityForm = QFormLayout(self.identity)
        self.identityForm.setObjectName(u"identityForm")
        self.countryLabel = QLabel(self.identity)
        self.countryLabel.setObjectName(u"countryLabel")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.country = QLineEdit(self.identity)
        self.country.setObjectName(u"country")

        self.identityForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.country)

        self.ministryNameLabel = QLabel(self.identity)
        self.ministryNameLabel.setObjectName(u"ministryNameLabel")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ministryNameLabel)

        self.ministryName = QLineEdit(self.identity)
        self.ministryName.setObjectName(u"ministryName")

        self.identityForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ministryName)

        self.ministryAcronymLabel = QLabel(self.identity)
        self.ministryAcronymLabel.setObjectName(u"ministryAcronymLabel")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.ministryAcronymLabel)

        self.ministryAcronym = QLineEdit(self.identity)
        self.ministryAcronym.setObjectName(u"ministryAcronym")

        self.identityForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ministryAcronym)

        self.cityLabel = QLabel(self.identity)
        self.cityLabel.setObjectName(u"cityLabel")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.cityLabel)

        self.city = QLineEdit(self.identity)
        self.city.setObjectName(u"city")

        self.identityForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.city)

        self.mottoLabel = QLabel(self.identity)
        self.mottoLabel.setObjectName(u"mottoLabel")

        self.identityForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mottoLabel)

        self.mottoRow = QHBoxLayout()
        self.mottoRow.setObjectName(u"mottoRow")
        self.motto = QLineEdit(self.identity)
        self.motto.setObjectName(u"motto")

        self.mottoRow.addWidget(self.motto)

        self.mottoDateLabel = QLabel(self.identity)
        self.mottoDateLabel.setObjectName(u"mottoDateLabel")

        self.mottoRow.addWidget(self.mottoDateLabel)

        self.mottoDate = QDateEdit(self.identity)
        self.mottoDate.setObjectName(u"mottoDate")
        self.mottoDate.setDisplayFormat(u"dd/MM/yyyy")
        self.mottoDate.setCalendarPopup(True)

        self.mottoRow.addWidget(self.mottoDate)

        self.mottoRow.setStretch(0, 1)

        self.identityForm.setLayout(4, QFormLayout.ItemRole.FieldRole, self.mottoRow)

        self.mottoHistory = QLabel(self.identity)
        self.mottoHistory.setObjectName(u"mottoHistory")
        self.mottoHistory.setWordWrap(True)

        self.identityForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.mottoHistory)

        self.logoLabel = QLabel(self.identity)
        self.logoLabel.setObjectName(u"logoLabel")
        self.logoLabel.setMinimumSize(QSize(0, 72))
        self.logoLabel.setMaximumSize(QSize(16777215, 72))

        self.identityForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoRow = QHBoxLayout()
        self.logoRow.setObjectName(u"logoRow")
        self.logoPreview = QLabel(self.identity)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(0, 72))
        self.logoPreview.setMaximumSize(QSize(16777215, 72))

        self.logoRow.addWidget(self.logoPreview)

        self.chooseLogo = QPushButton(self.identity)
        self.chooseLogo.setObjectName(u"chooseLogo")

        self.logoRow.addWidget(self.chooseLogo)

        self.removeLogo = QPushButton(self.identity)
        self.removeLogo.setObjectName(u"removeLogo")

        self.logoRow.addWidget(self.removeLogo)

        self.logoRow.setStretch(0, 1)

        self.identityForm.setLayout(6, QFormLayout.ItemRole.FieldRole, self.logoRow)


        self.bodyLayout.addWidget(self.identity)

        self.rules = QGroupBox(self.body)
        self.rules.setObjectName(u"rules")
        self.rulesForm = QFormLayout(self.rules)
        self.rulesForm.setObjectName(u"rulesForm")
        self.thresholdAmberLabel = QLabel(self.rules)
        self.thresholdAmberLabel.setObjectName(u"thresholdAmberLabel")

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.thresholdAmberLabel)

        self.thresholdAmber = QSpinBox(self.rules)
        self.thresholdAmber.setObjectName(u"thresholdAmber")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.thresholdAmber.sizePolicy().hasHeightForWidth())
        self.thresholdAmber.setSizePolicy(sizePolicy)
        self.thresholdAmber.setSuffix(u" %")
        self.thresholdAmber.setMinimum(0)
        self.thresholdAmber.setMaximum(100)

        self.rulesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.thresholdAmber)

        self.noteReferenceFormatLabel = QLabel(self.rules)
        self.noteReferenceFormatLabel.setObjectName(u"noteReferenceFormatLabel")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.noteReferenceFormatLabel)

        self.noteReferenceFormat = QLineEdit(self.rules)
        self.noteReferenceFormat.setObjectName(u"noteReferenceFormat")

        self.rulesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.noteReferenceFormat)

        self.referenceExampleLabel = QLabel(self.rules)
        self.referenceExampleLabel.setObjectName(u"referenceExampleLabel")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referenceExampleLabel)

        self.referenceExample = QLabel(self.rules)
        self.referenceExample.setObjectName(u"referenceExample")

        self.rulesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referenceExample)

        self.inactivityMinutesLabel = QLabel(self.rules)
        self.inactivityMinutesLabel.setObjectName(u"inactivityMinutesLabel")

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.inactivityMinutesLabel)

        self.inactivityMinutes = QSpinBox(self.rules)
        self.inactivityMinutes.setObjectName(u"inactivityMinutes")
        sizePolicy.setHeightForWidth(self.inactivityMinutes.sizePolicy().hasHeightForWidth())
        self.inactivityMinutes.setSizePolicy(sizePolicy)
        self.inactivityMinutes.setMinimum(1)
        self.inactivityMinutes.setMaximum(240)

        self.rulesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.inactivityMinutes)


        self.bodyLayout.addWidget(self.rules)

        self.bodyEnd = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.bodyLayout.addItem(self.bodyEnd)

        self.scroll.setWidget(self.body)

        self.paneLayout.addWidget(self.scroll)

        self.error = QLabel(settingsPane)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.paneLayout.addWidget(self.error)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.saveStatus = QLabel(settingsPane)
        self.saveStatus.setObjectName(u"saveStatus")

        self.saveRow.addWidget(self.saveStatus)

        self.revertSettings = QPushButton(settingsPane)
        self.revertSettings.setObjectName(u"revertSettings")

        self.saveRow.addWidget(self.revertSettings)

        self.saveSettings = QPushButton(settingsPane)
        self.saveSettings.setObjectName(u"saveSettings")

        self.saveRow.addWidget(self.saveSettings)

        self.saveRow.setStretch(0, 1)

        self.paneLayout.addLayout(self.saveRow)

        self.paneLayout.setStretch(1, 1)
#if QT_CONFIG(shortcut)
        self.countryLabel.setBuddy(self.country)
        self.ministryNameLabel.setBuddy(self.ministryName)
        self.ministryAcronymLabel.setBuddy(self.ministryAcronym)
        self.cityLabel.setBuddy(self.city)
        self.mottoLabel.setBuddy(self.motto)
        self.mottoDateLabel.setBuddy(self.mottoDate)
        self.thresholdAmberLabel.setBuddy(self.thresholdAmber)
        self.noteReferenceFormatLabel.setBuddy(self.noteReferenceFormat)
        self.inactivityMinutesLabel.setBuddy(self.inactivityMinutes)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.country, self.ministryName)
        QWidget.setTabOrder(self.ministryName, self.ministryAcronym)
        QWidget.setTabOrder(self.ministryAcronym, self.city)
        QWidget.setTabOrder(self.city, self.motto)
        QWidget.setTabOrder(self.motto, self.mottoDate)
        QWidget.setTabOrder(self.mottoDate, self.chooseLogo)
        QWidget.setTabOrder(self.chooseLogo, self.removeLogo)
        QWidget.setTabOrder(self.removeLogo, self.thresholdAmber)
        QWidget.setTabOrder(self.thresholdAmber, self.noteReferenceFormat)
        QWidget.setTabOrder(self.noteReferenceFormat, self.inactivityMinutes)
        QWidget.setTabOrder(self.inactivityMinutes, self.revertSettings)
        QWidget.setTabOrder(self.revertSettings, self.saveSettings)

        self.retranslateUi(settingsPane)

        self.saveSettings.setDefault(True)

    # setupUi

    def retranslateUi(self, settingsPane):
        self.paneTitle.setText(QCoreApplication.translate("SettingsPane", u"Param\u00e8tres de l'organisation", None))
        self.identity.setTitle(QCoreApplication.translate("SettingsPane", u"En-t\u00eate des notes au Ministre", None))
        self.countryLabel.setText(QCoreApplication.translate("SettingsPane", u"&Pays :", None))
        self.ministryNameLabel.setText(QCoreApplication.translate("SettingsPane", u"&Minist\u00e8re :", None))
        self.ministryAcronymLabel.setText(QCoreApplication.translate("SettingsPane", u"&Sigle du minist\u00e8re :", None))
        self.cityLabel.setText(QCoreApplication.translate("SettingsPane", u"&Ville :", None))
        self.mottoLabel.setText(QCoreApplication.translate("SettingsPane", u"&Devise :", None))
        self.mottoDateLabel.setText(QCoreApplication.translate("SettingsPane", u"en vi&gueur depuis le", None))
        self.logoLabel.setText(QCoreApplication.translate("SettingsPane", u"Logo :", None))
        self.chooseLogo.setText(QCoreApplication.translate("SettingsPane", u"Choisir un &logo PNG\u2026", None))
        self.removeLogo.setText(QCoreApplication.translate("SettingsPane", u"&Retirer", None))
        self.rules.setTitle(QCoreApplication.translate("SettingsPane", u"Indicateurs, r\u00e9f\u00e9rences et s\u00e9curit\u00e9", None))
        self.thresholdAmberLabel.setText(QCoreApplication.translate("SettingsPane", u"Seuil de &tol\u00e9rance \u00ab En bonne voie \u00bb (progression \u2265) :", None))
#if QT_CONFIG(tooltip)
        self.thresholdAmber.setToolTip(QCoreApplication.translate("SettingsPane", u"Un indicateur est \u00ab Atteint \u00bb quand sa valeur est \u00e0 la cible ou mieux ; sinon il est \u00ab En bonne voie \u00bb s'il a parcouru au moins cette part du chemin entre la valeur de r\u00e9f\u00e9rence et la cible, et \u00ab En retard \u00bb en de\u00e7\u00e0.", None))
#endif // QT_CONFIG(tooltip)
        self.noteReferenceFormatLabel.setText(QCoreApplication.translate("SettingsPane", u"&Format des r\u00e9f\u00e9rences de notes :", None))
        self.referenceExampleLabel.setText(QCoreApplication.translate("SettingsPane", u"Exemple :", None))
        self.inactivityMinutesLabel.setText(QCoreApplication.translate("SettingsPane", u"Verrouillage apr\u00e8s &inactivit\u00e9 :", None))
        self.inactivityMinutes.setSuffix(QCoreApplication.translate("SettingsPane", u" min", None))
        self.revertSettings.setText(QCoreApplication.translate("SettingsPane", u"&Annuler les modifications", None))
        self.saveSettings.setText(QCoreApplication.translate("SettingsPane", u"&Enregistrer", None))
        pass
    # retranslateUi

