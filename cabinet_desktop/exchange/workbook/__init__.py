"""The Excel exchange with the Secrétariat général (``docs/excel-exchange.md``).

``layout`` describes the format (sheets, columns, lists) from the services' catalog;
``writer`` and ``reader`` are pure openpyxl code over plain rows; ``safety`` refuses hostile
files before openpyxl parses them; ``export`` and ``importer`` read and write through services.
"""
