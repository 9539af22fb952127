"""Peer support values course: scoring, data loading, progress and exercise widgets."""
