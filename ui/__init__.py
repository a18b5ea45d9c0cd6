"""The Streamlit front end: families' chat and teachers' tools; it talks to the ZhiTu API over HTTP only."""
