# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'password_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QDialog, QDialogButtonBox,
    QFormLayout, QLabel, QLineEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_PasswordDialog(object):
    def setupUi(self, passwordDialog):
        if not passwordDialog.objectName():
            passwordDialog.setObjectName(u"passwordDialog")
        passwordDialog.resize(460, 272)
        self.dialogLayout = QVBoxLayout(passwordDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.forcedNotice = QLabel(passwordDialog)
        self.forcedNotice.setObjectName(u"forcedNotice")
        self.forcedNotice.setWordWrap(True)

        self.dialogLayout.addWidget(self.forcedNotice)

        self.policyHint = QLabel(passwordDialog)
        self.policyHint.setObjectName(u"policyHint")
        self.policyHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.policyHint)

        self.passwordForm = QFormLayout()
        self.passwordForm.setObjectName(u"passwordForm")
        self.currentPasswordLabel = QLabel(passwordDialog)
        self.currentPasswordLabel.setObjectName(u"currentPasswordLabel")

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentPasswordLabel)

        self.currentPassword = QLineEdit(passwordDialog)
        self.currentPassword.setObjectName(u"currentPassword")
        self.currentPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentPassword)

        self.newPasswordLabel = QLabel(passwordDialog)
        self.newPasswordLabel.setObjectName(u"newPasswordLabel")

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.newPasswordLabel)

        self.newPassword = QLineEdit(passwordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.confirmPasswordLabel = QLabel(passwordDialog)
        self.confirmPasswordLabel.setObjectName(u"confirmPasswordLabel")

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.confirmPasswordLabel)

        self.confirmPassword = QLineEdit(passwordDialog)
        self.confirmPassword.setObjectName(u"confirmPassword")
        self.confirmPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.passwordForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.confirmPassword)


        self.dialogLayout.addLayout(self.passwordForm)

        self.error = QLabel(passwordDialog)
        self.error.setObjectName(u"error")
        self.error.setWordWrap(True)

        self.dialogLayout.addWidget(self.error)

        self.buttons = QDialogButtonBox(passwordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.currentPasswordLabel.setBuddy(self.currentPassword)
        self.newPasswordLabel.setBuddy(self.newPassword)
        self.confirmPasswordLabel.setBuddy(self.confirmPassword)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentPassword, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.confirmPassword)

        self.retranslateUi(passwordDialog)
    # setupUi

    def retranslateUi(self, passwordDialog):
        passwordDialog.setWindowTitle(QCoreApplication.translate("PasswordDialog", u"Changer mon mot de passe", None))
        self.forcedNotice.setText(QCoreApplication.translate("PasswordDialog", u"Votre mot de passe a \u00e9t\u00e9 attribu\u00e9 par l'administrateur : choisissez-en un nouveau avant de continuer.", None))
        self.currentPasswordLabel.setText(QCoreApplication.translate("PasswordDialog", u"Mot de passe ac&tuel :", None))
        self.newPasswordLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Nouveau mot de passe :", None))
        self.confirmPasswordLabel.setText(QCoreApplication.translate("PasswordDialog", u"&Confirmation :", None))
    # retranslateUi

