"""Mail stores behind one protocol (base.Mailbox): IMAP (imap.py) and Maildir (maildir.py)."""

# The header fields of the cheap first look (fetch_headers), as IMAP's
# BODY.PEEK[HEADER.FIELDS (...)] names them; both back ends return exactly these.
HEADER_FIELDS: tuple[str, ...] = (
    "FROM", "SENDER", "REPLY-TO", "TO", "SUBJECT", "DATE", "MESSAGE-ID",
    "AUTHENTICATION-RESULTS", "X-LINKEDIN-CLASS", "X-LINKEDIN-TEMPLATE", "LIST-ID",
)
