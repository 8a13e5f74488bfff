"""The schema: every migration from an empty file to today's, in order.

A migration is never changed once released (a firm's file went through it); a new one is added
at the end. :mod:`core.store` runs those a file lacks in one transaction after a safety copy.
"""

from __future__ import annotations

from core.rates import DEFAULT_RATES, RATES_FROM


def _seed_rates() -> str:
    """The default currency rates, on a table that holds none (an older database keeps its own)."""
    rows = ", ".join(f"('{code}', {rate!r})" for code, rate in DEFAULT_RATES.items())
    return (f"INSERT INTO currency_rates(currency, valid_from, usd_per_unit) "
            f"SELECT column1, '{RATES_FROM}', column2 FROM (VALUES {rows}) "
            f"WHERE NOT EXISTS (SELECT 1 FROM currency_rates)")


# The three-letter names of currencies that are no ISO code, as the last release stored a base
# currency typed so (it asked for three letters, 人民币 among them) and every blank currency
# cell with it; the ledger reads each as its code (core.ledger.amounts, which a test holds this
# to). Written out, not read from the ledger: a released migration never changes.
CURRENCY_ALIASES = {"RMB": "CNY", "YEN": "JPY", "WON": "KRW", "人民币": "CNY", "港币元": "HKD",
                    "迪拉姆": "AED", "里亚尔": "SAR", "雷亚尔": "BRL", "越南盾": "VND",
                    "印尼盾": "IDR", "林吉特": "MYR", "新台币": "TWD"}
# Where a currency code is stored; a credit limit set by hand keeps its own in JSON.
CURRENCY_COLUMNS = (("orders", "currency"), ("order_lines", "currency"),
                    ("order_lines", "cost_currency"), ("order_lines", "received_currency"),
                    ("customers", "credit_limit_currency"))


def _code_for_aliases() -> str:
    """Statements putting each stored alias (RMB) as its code (CNY), base currency included."""
    def case(value: str) -> tuple[str, str]:
        whens = " ".join(f"WHEN '{alias}' THEN '{code}'"
                         for alias, code in CURRENCY_ALIASES.items())
        listed = ", ".join(f"'{alias}'" for alias in CURRENCY_ALIASES)
        return f"CASE {value} {whens} ELSE {value} END", listed

    # the setting is JSON, written with \u escapes for 人民币: compared as the text it holds
    settled, listed = case("json_extract(value, '$')")
    statements = [f"UPDATE settings SET value = json_quote({settled}) "
                  f"WHERE key = 'base_currency' AND json_extract(value, '$') IN ({listed})"]
    for table, column in CURRENCY_COLUMNS:
        settled, listed = case(column)
        statements.append(f"UPDATE {table} SET {column} = {settled} WHERE {column} IN ({listed})")
    limit = "json_extract(target, '$.currency')"
    settled, listed = case(limit)
    statements.append(f"UPDATE overrides SET target = json_set(target, '$.currency', {settled}) "
                      f"WHERE kind = 'credit_limit' AND {limit} IN ({listed})")
    return ";\n    ".join(statements) + ";"


MIGRATIONS: tuple[str, ...] = (
    # 1: the ledger
    """
    CREATE TABLE customers (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        name_date TEXT,
        country TEXT,
        salesperson TEXT,
        credit_limit REAL,
        insured INTEGER
    );
    CREATE TABLE imports (
        id INTEGER PRIMARY KEY,
        file_name TEXT NOT NULL,
        file_path TEXT,
        content_hash TEXT NOT NULL,
        file_format TEXT,
        imported_at TEXT NOT NULL,
        rows_inserted INTEGER NOT NULL,
        rows_updated INTEGER NOT NULL,
        rows_unchanged INTEGER NOT NULL,
        rows_skipped INTEGER NOT NULL,
        result TEXT
    );
    CREATE INDEX imports_hash ON imports(content_hash);
    CREATE TABLE orders (
        id INTEGER PRIMARY KEY,
        order_key TEXT NOT NULL UNIQUE,
        order_no TEXT,
        customer_id INTEGER NOT NULL REFERENCES customers(id),
        order_date TEXT NOT NULL,
        currency TEXT NOT NULL,
        incoterm TEXT,
        incoterm_text TEXT,
        payment_terms TEXT,
        pay_rung TEXT,
        credit_days INTEGER,
        deposit_pct REAL,
        monthly_statement INTEGER,
        salesperson TEXT,
        country TEXT,
        trial INTEGER NOT NULL DEFAULT 0,
        status TEXT,
        first_import_id INTEGER REFERENCES imports(id),
        last_import_id INTEGER REFERENCES imports(id)
    );
    CREATE INDEX orders_customer ON orders(customer_id);
    CREATE INDEX orders_date ON orders(order_date);
    CREATE TABLE order_lines (
        id INTEGER PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES orders(id),
        line_key TEXT NOT NULL UNIQUE,
        invoice_no TEXT,
        product TEXT,
        quantity REAL,
        unit_price REAL,
        amount REAL NOT NULL,
        currency TEXT NOT NULL,
        cost REAL,
        gross_profit REAL,
        tax_rebate REAL,
        ship_date TEXT,
        due_date TEXT,
        due_derived INTEGER NOT NULL DEFAULT 0,
        received_amount REAL,
        received_date TEXT,
        deposit_amount REAL,
        deposit_date TEXT,
        balance_amount REAL,
        balance_date TEXT,
        carried_forward INTEGER NOT NULL DEFAULT 0,
        notes TEXT,
        source_file TEXT,
        source_sheet TEXT,
        source_row INTEGER
    );
    CREATE INDEX order_lines_order ON order_lines(order_id);
    CREATE TABLE layouts (
        signature TEXT PRIMARY KEY,
        headers TEXT NOT NULL,
        mapping TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE currency_rates (
        currency TEXT NOT NULL,
        valid_from TEXT NOT NULL,
        usd_per_unit REAL NOT NULL CHECK (usd_per_unit > 0),
        PRIMARY KEY (currency, valid_from)
    );
    """,
    # 2: the user's overrides, keyed by customer key so they outlive re-imports (core.overrides)
    """
    CREATE TABLE overrides (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL
            CHECK (kind IN ('merge', 'pin_list', 'pin_tier', 'exclude', 'project')),
        customer_key TEXT NOT NULL,
        target TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (kind, customer_key),
        CHECK ((target IS NOT NULL) = (kind IN ('merge', 'pin_list', 'pin_tier')))
    );
    CREATE TABLE override_log (
        id INTEGER PRIMARY KEY,
        action TEXT NOT NULL,
        customer_key TEXT NOT NULL,
        target TEXT,
        before TEXT NOT NULL,
        after TEXT NOT NULL,
        note TEXT,
        created_at TEXT NOT NULL
    );
    """,
    # 3: the default currency rates, so a new firm's foreign-currency orders convert at once
    _seed_rates(),
    # 4: the customer account (issue 8): per-line status, credit notes, the currencies of cost
    # and receipt columns, whether the sheet had a ship-date column; then core.ledger.upgrade
    # re-keys rows without order numbers and fills these columns for rows already stored
    """
    ALTER TABLE order_lines ADD COLUMN status TEXT;
    ALTER TABLE order_lines ADD COLUMN credit_note INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE order_lines ADD COLUMN credit_ref TEXT;
    ALTER TABLE order_lines ADD COLUMN cost_currency TEXT;
    ALTER TABLE order_lines ADD COLUMN received_currency TEXT;
    ALTER TABLE order_lines ADD COLUMN ship_date_known INTEGER NOT NULL DEFAULT 1;
    """,
    # 5: each month end's tiers, lists and grades as the ledger stood then (core.analysis.
    # snapshots); a cache, recomputed whenever its fingerprint of rules, overrides and data
    # differs, so dropping it loses nothing
    """
    CREATE TABLE snapshots (
        month_end TEXT PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        m_threshold REAL,
        computed_at TEXT NOT NULL
    );
    CREATE TABLE snapshot_customers (
        month_end TEXT NOT NULL REFERENCES snapshots(month_end) ON DELETE CASCADE,
        customer_id INTEGER NOT NULL,
        customer TEXT NOT NULL,
        salesperson TEXT,
        tier TEXT NOT NULL,
        rank INTEGER,
        list TEXT,
        grade TEXT NOT NULL,
        r INTEGER,
        f INTEGER,
        m INTEGER,
        t INTEGER,
        criteria_passed INTEGER NOT NULL,
        orders_12m INTEGER NOT NULL,
        revenue_12m REAL NOT NULL,
        gross_profit_12m REAL,
        avg_order_12m REAL NOT NULL,
        t_share REAL,
        last_order_date TEXT,
        max_days_overdue INTEGER NOT NULL,
        overdue_amount REAL NOT NULL,
        pinned_tier TEXT,
        PRIMARY KEY (month_end, customer_id)
    );
    """,
    # 6: credit limits, credit insurance and customer groups (issue 13 part 5): a ledger's
    # limit keeps the currency its column names, its insurer and insured percentage; the
    # overrides take limits, insurance and groups set by hand (SQLite changes a CHECK only by
    # copying the table)
    """
    ALTER TABLE customers ADD COLUMN credit_limit_currency TEXT;
    ALTER TABLE customers ADD COLUMN insurer TEXT;
    ALTER TABLE customers ADD COLUMN insured_pct REAL;
    CREATE TABLE overrides_new (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL
            CHECK (kind IN ('merge', 'pin_list', 'pin_tier', 'exclude', 'project',
                            'credit_limit', 'insure', 'group')),
        customer_key TEXT NOT NULL,
        target TEXT,
        note TEXT,
        created_at TEXT NOT NULL,
        UNIQUE (kind, customer_key),
        CHECK ((target IS NOT NULL) = (kind IN ('merge', 'pin_list', 'pin_tier',
                                                'credit_limit', 'insure', 'group')))
    );
    INSERT INTO overrides_new(id, kind, customer_key, target, note, created_at)
        SELECT id, kind, customer_key, target, note, created_at FROM overrides;
    DROP TABLE overrides;
    ALTER TABLE overrides_new RENAME TO overrides;
    """,
    # 7: the currency of an export tax rebate where it is not its cost's (退税(人民币) beside a
    # cost in USD); NULL: the cost's, as every line stored before. And lines are now read in
    # their own currency, where earlier versions read each in its order's and stored a blank
    # currency cell as the base currency: which were blank cannot be told, so the lines stored
    # take their order's currency and read as they did (a re-import reads them anew). A base
    # currency typed as a name (RMB) was stored as typed, and with it every blank currency
    # cell, a credit limit and its ledger column: no rate has that name, so every amount was
    # left out; they become the code (CNY), as the settings now store what is typed
    """
    ALTER TABLE order_lines ADD COLUMN rebate_currency TEXT;
    {aliases}
    UPDATE order_lines SET currency = (SELECT o.currency FROM orders o
                                       WHERE o.id = order_lines.order_id)
        WHERE currency IS NOT (SELECT o.currency FROM orders o
                               WHERE o.id = order_lines.order_id);
    """.replace("{aliases}", _code_for_aliases()),
    # 8: what the store keeps about the file itself: the version of the reader whose readings
    # of raw text (payment terms, Incoterms) its rows hold (core.ledger.rereading)
    """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 9: rows whose order number was a placeholder ("-", "/", "无") were one order of every
    # customer, keyed "o:-"; core.ledger.placeholder_orders gives each line its own order, keyed
    # as a row without an order number (no SQL of its own)
    "",
    # 10: the row that wrote a line's status, where it is not the row that last changed the
    # line (NULL: that row, source_file/sheet/row, as every line stored before): a later row
    # bringing money to a cancelled line is the line's source, the row that cancelled it stays
    # the one whose correction lifts it (core.ledger.own_rows)
    """
    ALTER TABLE order_lines ADD COLUMN status_file TEXT;
    ALTER TABLE order_lines ADD COLUMN status_sheet TEXT;
    ALTER TABLE order_lines ADD COLUMN status_row INTEGER;
    """,
    # 11: whether the sheet said the currency of the carried row a line was last written
    # from (record.CURRENCY_WRITTEN: 1 said, 0 its cell blank, read as the sheet's default);
    # NULL: not written from a carried row, or stored before, read as said. April's blank
    # carried row stored before March's EUR lines reads in the order's currency when they
    # come (core.ledger.balance_rows.stored_carried), as it does after them
    """
    ALTER TABLE order_lines ADD COLUMN currency_written INTEGER;
    """,
    # 12: a payment's own row without an order number is keyed by its sum, under an order of
    # its customer's payments of the day: core.ledger.paid_keys re-keys the stored ones (no
    # SQL of its own)
    "",
    # 13: a payment row naming its order is keyed by its sum and day too (keys.DAY):
    # core.ledger.paid_keys re-keys the stored ones (no SQL of its own)
    "",
    # 14: the day of the file whose row wrote a line's status (core.ledger.older_status): an
    # older file's status no longer overrides a newer file's; NULL (stored before): as before
    """
    ALTER TABLE order_lines ADD COLUMN status_day TEXT;
    """,
    # 15: a line's earlier received totals at their dates, kept when another file raises it
    # (core.ledger.receipt_history); NULL: none known, as every line stored before
    """
    ALTER TABLE order_lines ADD COLUMN received_history TEXT;
    """,
    # 16: the import that wrote an order's date (core.ledger.order_dates): the file that first
    # dated an order corrects the date after another file has written the order. A stored
    # order takes its first import where imports of that one file name alone wrote it (the
    # rule before), else none: no file corrects it
    """
    ALTER TABLE orders ADD COLUMN date_import_id INTEGER REFERENCES imports(id);
    UPDATE orders SET date_import_id = first_import_id WHERE
        (SELECT file_name FROM imports WHERE id = first_import_id)
        = (SELECT file_name FROM imports WHERE id = last_import_id);
    """,
    # 17: the file and sheet whose row first wrote a line (core.ledger.own_rows.from_sheet): a
    # re-ordered row's earlier line is known as its sheet's after another file updated it, and
    # removed once the row brings its cancelled place back. NULL (stored before): as before,
    # its source and status rows alone say. And the latest day a file said a plain 正常 of a
    # line (core.ledger.older_status: it keeps an older dispute out, never an older
    # cancellation; NULL: none said, or stored before)
    """
    ALTER TABLE order_lines ADD COLUMN first_file TEXT;
    ALTER TABLE order_lines ADD COLUMN first_sheet TEXT;
    ALTER TABLE order_lines ADD COLUMN plain_day TEXT;
    """,
    # 18: a payment keyed by its sum is keyed by the sum's currency too (keys.paid_part):
    # core.ledger.paid_keys re-keys the stored ones (no SQL of its own)
    "",
    # 19: a line whose row said goods came back (退货, positive, not shipped) where nothing
    # sold its order yet, so stored as written (core.ledger.filed_returns): the file that
    # sells the order, imported after, makes it the credit note it is. NULL (stored before,
    # or any other line): no such return
    """
    ALTER TABLE order_lines ADD COLUMN returned INTEGER;
    """,
    # 20: the file whose amount a line holds, where it is not the line's source file (NULL:
    # the source's, as every line stored before): March's file imported after April's keeps
    # April's amount but becomes the line's source; read again, it is still the older file
    # (core.ledger.amended_lines). The partial index holds only such lines: each import clears
    # its own file's without a pass over every line
    """
    ALTER TABLE order_lines ADD COLUMN amount_file TEXT;
    CREATE INDEX order_lines_amount_file ON order_lines(source_file)
        WHERE amount_file IS NOT NULL;
    """,
    # 21: a payment dropped as one wire its file lists twice, kept whole with the references
    # its two rows shared, their file, sheet and row (core.ledger.set_aside): an import
    # storing each reference as an order's number puts it back. Empty in an older database:
    # what it dropped before is not known
    """
    CREATE TABLE set_aside_lines (
        line_key TEXT PRIMARY KEY,
        file TEXT NOT NULL,
        sheet TEXT,
        row INTEGER,
        refs TEXT NOT NULL,
        customer_key TEXT,
        order_row TEXT NOT NULL,
        line_row TEXT NOT NULL
    );
    """,
    # 22: the received figure and day each file's rows last read for a line, by the file's
    # name (core.ledger.amended_lines.LaterFiles.newer): a month's file sent again is its
    # month's correction only where its figure of a line differs from the one it read before
    # (`replaced`: that figure of the same day, which a later book carrying it does not undo).
    # Empty in an older database: a re-sent file corrects nothing there, as before ord42
    """
    CREATE TABLE file_receipts (
        file_name TEXT NOT NULL,
        line_key TEXT NOT NULL,
        received REAL,
        received_date TEXT,
        replaced REAL,
        PRIMARY KEY (file_name, line_key)
    );
    """,
    # 23: the 下单日期 of the row that wrote a return or credit note (a negative line) whose
    # 出货日期 is blank: what dates it when a payment read in its 收款币种 is weighed against
    # what its order owed when the money came (core.ledger.paid_in, acc49). NULL (stored
    # before, a line with a ship date, any other line): undated, it counts, as before
    """
    ALTER TABLE order_lines ADD COLUMN row_day TEXT;
    """,
    # 24: the open lines of an earlier file that another file listed, by that file's name (a
    # 催款 workbook listing the ledger's unpaid orders): a later copy of the ledger leaving
    # such an order out has not deleted it (core.ledger.deleted_orders, acct51f). Empty in an
    # older database: an order so listed before is taken as it was
    """
    CREATE TABLE listed_apart (
        line_id INTEGER NOT NULL,
        file TEXT NOT NULL,
        PRIMARY KEY (line_id, file)
    );
    """,
    # 25: each customer code with the customer keys and names written beside it, and the file
    # that first did (core.ledger.stored_codes, rv52b f5): a later month's file writing the
    # code beside another name is named; a name beside a second code is its own customer
    # (core.ledger.code_split). Empty in an older database: its files' codes are not known
    """
    CREATE TABLE customer_codes (
        code TEXT NOT NULL,
        customer_key TEXT NOT NULL,
        name TEXT NOT NULL,
        file TEXT NOT NULL,
        PRIMARY KEY (code, customer_key)
    );
    """,
    # 26: a payment line's payer where the ledger names another than its order's buyer (a
    # payments tab's 客户名称/付款人 naming Kobe on Rio's PO-R1; core.ledger.line_payers): his
    # wires on another's cancelled order pay his own (payer_own_first). NULL, as every line of
    # an older database: the order's buyer paid it
    """
    ALTER TABLE order_lines ADD COLUMN payer TEXT;
    """,
)
