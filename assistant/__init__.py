"""ZhiTu's assistant: retrieval, tools and grounded answers over the indexed plan."""
