"""Shared Purpose: the domain package every function uses."""
