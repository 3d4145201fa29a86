# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'passphrase_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QDialog,
    QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QVBoxLayout, QWidget)

class Ui_PassphraseDialog(object):
    def setupUi(self, passphraseDialog):
        if not passphraseDialog.objectName():
            passphraseDialog.setObjectName(u"passphraseDialog")
        passphraseDialog.resize(480, 238)
        self.dialogLayout = QVBoxLayout(passphraseDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(passphraseDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.encrypt = QCheckBox(passphraseDialog)
        self.encrypt.setObjectName(u"encrypt")

        self.dialogLayout.addWidget(self.encrypt)

        self.passphraseForm = QFormLayout()
        self.passphraseForm.setObjectName(u"passphraseForm")
        self.passphraseLabel = QLabel(passphraseDialog)
        self.passphraseLabel.setObjectName(u"passphraseLabel")

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.passphraseLabel)

        self.passphrase = QLineEdit(passphraseDialog)
        self.passphrase.setObjectName(u"passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.passphrase)

        self.confirmPassphraseLabel = QLabel(passphraseDialog)
        self.confirmPassphraseLabel.setObjectName(u"confirmPassphraseLabel")

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.confirmPassphraseLabel)

        self.confirmPassphrase = QLineEdit(passphraseDialog)
        self.confirmPassphrase.setObjectName(u"confirmPassphrase")
        self.confirmPassphrase.setEchoMode(QLineEdit.EchoMode.Password)

        self.passphraseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.confirmPassphrase)


        self.dialogLayout.addLayout(self.passphraseForm)

        self.error = QLabel(passphraseDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialogLayout.addWidget(self.error)

        self.buttons = QDialogButtonBox(passphraseDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.passphraseLabel.setBuddy(self.passphrase)
        self.confirmPassphraseLabel.setBuddy(self.confirmPassphrase)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.encrypt, self.passphrase)
        QWidget.setTabOrder(self.passphrase, self.confirmPassphrase)

        self.retranslateUi(passphraseDialog)
    # setupUi

    def retranslateUi(self, passphraseDialog):
        self.encrypt.setText(QCoreApplication.translate("PassphraseDialog", u"&Chiffrer la base avec une phrase secr\u00e8te", None))
        self.passphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"&Phrase secr\u00e8te :", None))
        self.confirmPassphraseLabel.setText(QCoreApplication.translate("PassphraseDialog", u"Co&nfirmation :", None))
        pass
    # retranslateUi

