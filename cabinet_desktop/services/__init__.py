"""Services: one function per thing a user does, taking the acting user.

Each call opens a session, runs one transaction (permission and clearance checks, rules, the
audit entry) and returns plain immutable rows; no ORM object or session leaves this layer.
"""
