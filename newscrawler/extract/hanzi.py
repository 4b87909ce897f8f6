"""Traditional characters for the patterns' simplified ones.

Taiwan and Hong Kong portals write 記者, 責任編輯, 相關新聞 where mainland ones write 记者,
责任编辑, 相关新闻. The patterns are written once, in simplified characters, and widened when
they are compiled to accept either form of each character; the text is matched as it was served,
so what a match captures (an author's name, a section label) stays as the page writes it.
"""

from __future__ import annotations

import re

#: Each simplified character of our patterns with its traditional form(s) (OpenCC's s2t, s2tw
#: and s2hk tables, for the characters the patterns use); and the full-width colon with the
#: vertical form Hong Kong sites type for it (明周's "撰文︰梁凱晴").
#: (布 keeps itself first: Taiwan writes 發布, Hong Kong and Macau 發佈.)
_PAIRS = """
万萬 专專 业業 广廣 气氣 东東 个個 为為爲 举舉 乐樂 习習 书書 于於 产產 亿億 仅僅 们們 众眾衆 会會 体體 关關 兴興 内內 册冊 军軍 农農 几幾 击擊 创創 删刪 别別 办辦 务務
区區 华華 单單 卫衛衞 参參 双雙 发發 变變 台臺 号號 后後 听聽 员員 园園 国國 图圖 场場 声聲 处處 备備 娱娛 学學 实實 审審 对對 导導 将將 当當 录錄 恒恆 悬懸 户戶
扫掃 报報 摄攝 无無 时時 权權 来來 标標 栏欄 档檔 楼樓 欢歡 汇匯彙 济濟 浏瀏 涂塗 游遊 湿溼濕 滩灘 点點 热熱 独獨 环環 现現 电電 码碼 礼禮 积積 简簡 纠糾 约約 纪紀
线線 练練 组組 细細 织織 经經 络絡 继繼 续續 维維 综綜 编編 网網 职職 联聯 脚腳 荐薦 观觀 视視 览覽 觉覺 订訂 议議 讯訊 记記 讲講 论論 访訪 评評 词詞 译譯 试試
话話 详詳 语語 请請 读讀 课課 财財 责責 购購 费費 资資 车車 转轉 载載 辑輯 辞辭 还還 进進 远遠 迹跡 选選 递遞 遗遺 释釋 链鏈 错錯 键鍵 长長 门門 问問 间間 闻聞
阅閱閲 际際 难難 页頁 顶頂 顾顧 频頻 题題 馆館 属屬 畅暢 杂雜 志誌 范範 围圍 术術 绘繪 设設 计計 画畫 据據 采採 制製 见見 数數 周週
诉訴 询詢 传傳 谨謹 启啟啓 协協 布布佈
：︰ ／∕
"""
_VARIANTS = {pair[0]: pair[1:] for pair in _PAIRS.split()}


def both_scripts(pattern: str) -> str:
    """``记者`` -> ``[记記]者``; inside a class, ``[编辑]`` -> ``[编編辑輯]``. Escapes are kept."""
    out: list[str] = []
    in_class = False
    i = 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\":  # an escape and what it escapes, as written
            out.append(pattern[i:i + 2])
            i += 2
            continue
        variants = _VARIANTS.get(c, "")
        if in_class:
            in_class = c != "]"
            out.append(c + variants)
        elif c == "[":
            in_class = True
            out.append(c)
        else:
            out.append(f"[{c}{variants}]" if variants else c)
        i += 1
    return "".join(out)


def zh_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile`` for a pattern with Chinese in it, matching simplified and traditional text."""
    return re.compile(both_scripts(pattern), flags)


def traditional(phrase: str) -> str:
    """A phrase in traditional characters (the first form of each): 禁止转载 -> 禁止轉載."""
    return "".join(_VARIANTS.get(c, c)[:1] or c for c in phrase)


def both_forms(phrases: tuple[str, ...] | frozenset[str]) -> tuple[str, ...]:
    """Phrases and their traditional forms, for plain substring tests (禁止转载, 禁止轉載)."""
    return tuple(dict.fromkeys(form for phrase in phrases for form in (phrase, traditional(phrase))))
