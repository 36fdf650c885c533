"""Build step that ships `configs/` and `sources/` inside the package as `cmo/bundled/`.

`cmo init` and `cmo demo` need them after a plain `pip install .`, run from any folder.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

BUNDLED = ("configs", "sources")


class BuildWithBundledData(build_py):
    def run(self):
        super().run()
        here = Path(__file__).resolve().parent
        for name in BUNDLED:
            target = Path(self.build_lib) / "cmo" / "bundled" / name
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(here / name, target)


setup(cmdclass={"build_py": BuildWithBundledData})
