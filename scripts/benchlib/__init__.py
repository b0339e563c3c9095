"""Pieces of ``scripts/bench.py`` (``make bench``): one concern per module.

* :mod:`.emulator` - the emulator as a separate process, its control endpoints and CPU time
* :mod:`.clients`  - the client workloads (our facade, bare httpx/aiohttp, the official SDK)
* :mod:`.loadgen`  - a lean HTTP/1.1 load generator for the emulator capacity figures
* :mod:`.pipeline` - timings of the spec -> generate pipeline
* :mod:`.stats`    - medians, spreads and repetition
* :mod:`.report`   - targets, the printed table
"""
