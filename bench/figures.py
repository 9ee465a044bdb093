"""One measured figure and the target it is judged against."""

from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float | None
    target: float | None = None
    unit: str = ""
    higher_is_better: bool = True
    note: str = ""

    @property
    def met(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def line(self) -> str:
        value = "n/a" if self.value is None else f"{self.value:.4g}"
        if self.target is None:
            verdict, target = "", ""
        else:
            sign = ">=" if self.higher_is_better else "<="
            verdict = {True: "  MET", False: "  MISSED", None: ""}[self.met]
            target = f"  (target {sign} {self.target:g})"
        note = f"  [{self.note}]" if self.note else ""
        return f"{self.name:<48} {value} {self.unit}{target}{verdict}{note}"

    def as_dict(self) -> dict:
        return {**asdict(self), "met": self.met}
