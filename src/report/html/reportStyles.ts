/** The report's stylesheet, inlined: system fonts only, readable sizes, charts at their natural width (scrolling, never shrinking). */
export const reportStyles = `
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #222; margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 1280px; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 1px solid #ddd; } h3 { font-size: 1.1rem; margin-top: 1.6rem; }
.disclaimer { background: #fff4d6; border-left: 4px solid #e0a800; padding: .6rem .9rem; }
.caveat { background: #eef4fb; border-left: 4px solid #0072B2; padding: .6rem .9rem; }
.scroll { overflow-x: auto; max-width: 100%; }
svg { display: block; font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; max-width: none; }
svg text { fill: #222; }
table { border-collapse: collapse; font-size: 15px; } th, td { border-bottom: 1px solid #e3e3e3; padding: .35rem .6rem; text-align: left; vertical-align: top; }
tr.check td { border-bottom: none; } tr.says td { padding-top: 0; }
small { font-size: 14px; color: #555; }
.verdict { font-weight: 600; padding: .1rem .45rem; border-radius: .3rem; color: #fff; }
.verdict.consistent { background: #1b7f3b; } .verdict.inconsistent { background: #b3261e; } .verdict.undecided { background: #8a6d00; }
.legend { color: #555; font-size: 15px; }
`;
