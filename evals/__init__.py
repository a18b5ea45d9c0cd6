"""ZhiTu's evaluation suite: a gold set, offline metrics, a naive baseline, reports and a CI gate."""
