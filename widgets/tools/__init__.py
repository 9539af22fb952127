"""Tools for trainers, facilitators and maintainers, run as ``python -m widgets COMMAND``.

Set aside from the course itself: they may use any layer, and nothing in the course imports them.
"""
