"""The parts of ``benchmarks/bench.py``: text sets, peer adapters, measurements, report.

``texts`` builds the text sets and names the gold files; ``systems`` holds one adapter per
system (claimkit and its peers, each returning claims in the gold fields); ``measure`` runs in
a worker process and measures one system; ``report`` writes the Markdown page and the plot.
"""
