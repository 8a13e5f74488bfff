"""The overview screen: the firm against the article's benchmarks, drawn as charts."""
