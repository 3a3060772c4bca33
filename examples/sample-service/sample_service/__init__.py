"""A small quote service: the sample the demo builds, tests, scans and deploys."""
