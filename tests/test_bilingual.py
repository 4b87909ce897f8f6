from lxml import etree

from newscrawler.extract.bilingual import align, layout_of, trusted
from newscrawler.extract.content import Paragraph, language_of

EL = etree.Element("p")
EN = ["Senior Chinese and U.S. officials met in Beijing on Thursday to prepare a dialogue on cybercrime.",
      "They will visit China from Wednesday to Friday, the ministry said.",
      "Guo called on both sides to accommodate each other's concerns and deepen cooperation."]
ZH = ["中美高级官员周四在北京会面，为启动打击网络犯罪对话做准备。",
      "外交部说，他们将于周三至周五访问中国。",
      "郭声琨呼吁双方照顾彼此关切，深化合作。"]


def paras(*texts):
    return [Paragraph(t, language_of(t), EL) for t in texts]


def test_language_of_paragraphs():
    assert language_of(EN[0]) == "en" and language_of(ZH[0]) == "zh"
    assert language_of("美国国土安全部副部长Alejandro Mayorkas率领代表团访华。") == "zh"


def test_interleaved_pairs_neighbours():
    result = align(paras(EN[0], ZH[0], EN[1], ZH[1]))
    assert result.layout == "interleaved"
    assert result.pairs == [{"en": EN[0], "zh": ZH[0]}, {"en": EN[1], "zh": ZH[1]}]


def test_separate_blocks_align_with_a_merged_translation():
    # The translator merged the first two English paragraphs into one Chinese paragraph.
    merged = ZH[0] + ZH[1]
    result = align(paras(*EN, merged, ZH[2]))
    assert result.layout == "blocks"
    assert result.pairs == [{"en": EN[0] + " " + EN[1], "zh": merged}, {"en": EN[2], "zh": ZH[2]}]


def test_untrusted_pairs_are_left_out_and_counted():
    wrong = "这是一段完全不相关而且非常非常长的中文文字，" * 12
    result = align(paras(EN[1], wrong, EN[2], ZH[2]))
    assert {"en": EN[2], "zh": ZH[2]} in result.pairs
    assert all(p["zh"] != wrong for p in result.pairs) and result.untrusted == 1


def test_numbers_translate_by_significant_digits():
    assert trusted("Some 17 to 18 million tons of food are wasted each year in restaurants.",
                   "每年餐饮业浪费的食物约为1700万至1800万吨。")
    assert not trusted("The 2019 report counted 345 cases and 678 deaths in the city that year.",
                       "报告显示，当年该市共有12起案件和34人死亡，情况令人担忧。")


def test_monolingual_pages_have_no_pairs():
    assert layout_of(paras(*EN)) == "en" and align(paras(*EN)).pairs == []


def test_numbers_keep_an_untranslated_paragraph_out_of_a_merge():
    extra = "Local officials said the town received about 800,000 visitors last year, up a third from 2017."
    result = align(paras(EN[0], extra, EN[1], EN[2], *ZH))
    assert result.pairs == [{"en": e, "zh": z} for e, z in zip(EN, ZH)]


def test_an_english_sentence_set_apart_joins_its_neighbour_when_the_numbers_say_so():
    en1 = "Local officials say more than 300 foreign residents now rent studio space, up from fewer than 100."
    en2 = "Most of them stay for at least six months."
    zh = "当地官员介绍，目前租用工作室的外籍人士已超过300人，而五年前还不到100人，其中大多数人至少停留半年。"
    assert align(paras(EN[0], ZH[0], en1, en2, zh)).pairs[1] == {"en": f"{en1} {en2}", "zh": zh}
    # without shared figures the neighbour alone is the translation
    assert align(paras(EN[0], ZH[0], EN[1], EN[2], ZH[2])).pairs[1] == {"en": EN[2], "zh": ZH[2]}


def test_chinese_first_neighbours_pair_too_but_a_chinese_note_does_not_flip_the_order():
    assert align(paras(ZH[0], EN[0], ZH[1], EN[1])).pairs == [{"en": EN[0], "zh": ZH[0]}, {"en": EN[1], "zh": ZH[1]}]
    note = "编者按：本文介绍了两国官员会面的情况，一起来读读吧。"
    assert align(paras(note, EN[0], ZH[0], EN[1], ZH[1])).pairs == [{"en": EN[0], "zh": ZH[0]}, {"en": EN[1], "zh": ZH[1]}]


def test_an_english_question_heading_the_text_above_the_chinese_headline_is_the_title():
    from newscrawler.extract import extract_page
    from tests.conftest import html
    pairs = [("Researchers in Qingdao are testing thin films made from seaweed as a replacement for plastic wrapping.",
              "青岛的研究人员正在测试用海藻制成的薄膜，用来替代塑料包装。"),
             ("The films dissolve in hot water and break down in soil within a few weeks.",
              "这种薄膜可溶于热水，在土壤中几周内便能分解。")]
    text = "".join(f"<p>{en}</p><p>{zh}</p>" for en, zh in pairs)
    body = f"""<html><head><title>外刊精读｜海藻包装能否替代塑料？ - 今日头条</title></head><body><h1>外刊精读｜海藻包装能否替代塑料？</h1>
    <article><p style="text-align: center;"><strong>Can seaweed packaging take the place of plastic?</strong></p>
    <p style="text-align: center;"><strong>海藻包装能否替代塑料？</strong></p>{text}</article></body></html>"""
    fields = extract_page(html(body)).fields
    assert (fields["title"], fields["title_zh"], fields["category"]) == (
        "Can seaweed packaging take the place of plastic?", "海藻包装能否替代塑料？", "外刊精读")
    assert fields["paragraphs_en"] == [en for en, _ in pairs]


def test_a_chinese_paragraph_with_the_length_of_the_two_english_ones_above_it_translates_both():
    # 考试大: "In Shanghai…" and "In Chengdu…" set apart, one Chinese paragraph under the second
    en1 = "In Shanghai, routes along Wukang Road and the Bund are among the most searched."
    en2 = "In Chengdu, walkers favor the tree-lined streets around Yulin and the teahouses of People's Park."
    zh = "在上海，武康路和外滩沿线的路线搜索量名列前茅；在成都，漫步者则偏爱玉林一带绿树成荫的街道和人民公园的茶馆。"
    assert align(paras(EN[0], ZH[0], en1, en2, zh)).pairs[1] == {"en": f"{en1} {en2}", "zh": zh}
    # a Chinese paragraph of the second one's length alone leaves the first out
    assert align(paras(EN[0], ZH[0], en1, en2, "在成都，漫步者偏爱玉林一带的街道和人民公园的茶馆。")).pairs[1]["en"] == en2


def test_two_chinese_paragraphs_under_one_english_one_translate_it_together_when_length_says_so():
    # 大紀元: "The team hopes…" over "團隊希望日後能降低成本。" and "他們計畫今年春天…"
    en = "The team hopes to lower the cost in the future and plans to test the robot with members of a local association for the blind this spring."
    zh1, zh2 = "團隊希望日後能降低成本。", "他們計畫今年春天與當地視障協會的成員一起測試這台機器人。"
    assert align(paras(EN[0], ZH[0], en, zh1, zh2)).pairs[1] == {"en": en, "zh": zh1 + zh2}
    # a Chinese line of its own under a well-sized translation stays out (大纪元's untranslated transition)
    health = "Health officials urged residents to drink plenty of water, stay in the shade and check on elderly neighbors who live alone."
    zh = "卫生官员敦促居民多喝水、待在阴凉处，并关心独居的年长邻居。"
    assert align(paras(EN[0], ZH[0], health, zh, "除了健康，农业也受到天气的影响。")).pairs[1] == {"en": health, "zh": zh}


def test_two_english_sentences_set_apart_join_when_the_chinese_has_both_sentences():
    en1 = "Students learn words such as “seedling,” “mud” and “harvest” while they plant rice with their teachers."
    en2 = "“The children remember words better when they can touch and see them,” said English teacher Chen Mei-ling."
    zh = "學生跟著老師插秧時，一邊學習「秧苗」、「泥巴」、「收成」等單字。英文老師陳美玲說：「孩子們能摸得到、看得到的時候，單字記得更牢。」"
    assert align(paras(EN[0], ZH[0], en1, en2, zh)).pairs[1] == {"en": f"{en1} {en2}", "zh": zh}


def test_chinese_first_pages_join_two_paragraphs_of_either_language_into_one_pair():
    # 常国华's blog sets each Chinese paragraph before its English original
    rule_zh = "所以，不妨给自己定一个小小的规矩：每个月选一本书，每天只读二十页，读完之后写下一句话。"
    rule_en = ["So set yourself a small rule.",
               "Choose one book a month, read only twenty pages a day, and when you finish, write down a single sentence about it."]
    assert align(paras(ZH[0], EN[0], rule_zh, *rule_en)).pairs[1] == {"en": " ".join(rule_en), "zh": rule_zh}
    # a long English sentence its translator split in two: a spread off alone, all but exact joined
    birds_zh = ["多年来，我一直以为那些声音不过是麻雀在叫，是城市生活的一种背景噪音。",
                "直到一位邻居借给我一本野外观鸟手册，我才开始慢慢地、笨拙地分辨出不同的鸣声。"]
    birds_en = ("For years I assumed the noise was simply sparrows, a kind of background static of city life, until a "
                "neighbour lent me a field guide and I began, slowly and clumsily, to tell the voices apart.")
    assert align(paras(ZH[0], EN[0], *birds_zh, birds_en)).pairs[1] == {"en": birds_en, "zh": "".join(birds_zh)}
    # a Chinese line of its own before a well-sized translation stays out
    assert align(paras(ZH[0], EN[0], "以下是第二部分。", ZH[1], EN[1])).pairs[1] == {"en": EN[1], "zh": ZH[1]}


def test_a_chinese_paragraph_of_two_sentences_joins_its_two_one_sentence_english_paragraphs_within_a_spread():
    # 传送门's WeChat mirror: each English sentence in a grey paragraph of its own under the Chinese
    zh = "为了应对劳动力短缺，政府正在资助研发能够自动插秧、除草和收割的机器。一些企业已经开始测试无人驾驶拖拉机，它们可以在夜间工作。"
    en = ["To cope with the labour shortage, the government is funding the development of machines that can plant rice, pull weeds and harvest crops on their own.",
          "Some companies have already begun testing driverless tractors that can work through the night."]
    assert align(paras(ZH[0], EN[0], zh, *en)).pairs[1] == {"en": " ".join(en), "zh": zh}


def test_an_english_introduction_before_chinese_then_english_paragraphs_is_left_unpaired():
    # Chinese Moment: the blogger's English intro, then each Chinese paragraph before its English one
    intro = "The chunyun is the largest annual human migration in the world. Today's reading is a short news report about this year's rush."
    zh = ["2月4日，为期40天的2015年春运正式开始。据预计，今年春运期间全国旅客发送量将达到28.07亿人次。",
          "铁路是春运的主力。今年铁路预计发送旅客2.95亿人次，同比增长10%。"]
    en = ["The 40-day Spring Festival travel rush of 2015 began on February 4. Passengers are expected to make 2.807 billion trips.",
          "Railways carry the heaviest load. They are expected to handle 295 million passenger trips this year, up 10 percent."]
    assert align(paras(intro, zh[0], en[0], zh[1], en[1])).pairs == [{"en": e, "zh": z} for e, z in zip(en, zh)]


def test_an_english_paragraph_that_would_pair_with_nothing_joins_its_neighbour_when_that_is_closer_to_the_chinese():
    # 广东外办: "He said that…" and "He added that…" over one "他表示，…，并愿为…"
    en0 = ("In his speech, the Director-General of the Office extended New Year greetings to the guests and thanked "
           "the consular missions for their long-standing support for Guangdong's opening-up.")
    zh0 = "省外办主任在致辞中向来宾致以新春问候，感谢各国驻穗总领馆长期以来对广东对外开放的支持。"
    en1 = ("He said that with cross-border travel returning to normal, Guangdong will resume in-person exchanges "
           "with its sister provinces and states at a faster pace.")
    en2 = "He added that the province stands ready to provide better services for foreign nationals who live, work and study in Guangdong."
    zh = "他表示，随着跨境人员往来逐步恢复正常，广东将加快恢复与各国友好省州的线下交流，并愿为在粤工作、学习和生活的外籍人士提供更加优质的服务。"
    assert align(paras(en0, zh0, en1, en2, zh)).pairs == [{"en": en0, "zh": zh0}, {"en": f"{en1} {en2}", "zh": zh}]


def test_each_english_sentences_chinese_in_brackets_after_it_makes_two_paragraphs_but_a_gloss_stays():
    # 查字典英语网: "… on Sunday. （北京市…。） Most will … （新建…。）"; a heading in the same form; "the Spring Festival （春节）"
    from newscrawler.extract import extract_page
    from tests.conftest import html
    p1 = ("Beijing will build 200 small parks this year, the bureau said on Sunday. （北京市园林绿化局周日表示，今年全市将建设200处口袋公园。） "
          "Most will be in old neighborhoods. （新建公园大多位于老旧小区。）")
    p2 = "Each park will have benches and trees. （每座公园都将配有长椅和树木。） Work will start in April. （工程将于四月开工。）"
    gloss = "People celebrated the Spring Festival （春节） with their families in the new parks, and many stayed until late at night."
    body = f"""<html><head><title>Beijing to build 200 pocket parks</title></head><body><h1>Beijing to build 200 pocket parks</h1>
    <div class="content"><p>{p1}</p><h3>More seats and shade （更多座椅和树荫）</h3><p>{p2}</p><p>{gloss}</p></div></body></html>"""
    fields = extract_page(html(body)).fields
    assert fields["paragraphs_en"] == ["Beijing will build 200 small parks this year, the bureau said on Sunday. Most will be in old neighborhoods.",
                                       "More seats and shade", "Each park will have benches and trees. Work will start in April.", gloss]
    assert fields["paragraphs_zh"] == ["北京市园林绿化局周日表示，今年全市将建设200处口袋公园。新建公园大多位于老旧小区。",
                                       "更多座椅和树荫", "每座公园都将配有长椅和树木。工程将于四月开工。"]


def test_a_talks_timed_cues_are_joined_into_the_paragraphs_its_page_boxes_them_in():
    # 新浪公开课: div.para > div.cue[data-start] (span.time "00:12") > p.en + p.cn; untimed lines stay as they are
    from newscrawler.extract import extract_page
    from tests.conftest import html
    boxes = [[("When I was a child, my grandfather took me to the river behind his farm.", "小时候，祖父带我去他农场后面的那条河。"),
              ("He told me to close my eyes and just listen.", "他让我闭上眼睛，只是听。")],
             [("At first I heard nothing but water.", "起初我只听到了水声。"),
              ("Then I began to hear stones rolling, birds calling, and the wind in the willows.", "后来我开始听到石头滚动、鸟儿鸣叫，还有风吹过柳树的声音。")]]
    def talk(cue):
        text = "".join('<div class="para">' + "".join(cue(f"00:{10 + 10 * b + 5 * i}", en, zh) for i, (en, zh) in enumerate(box)) + "</div>"
                       for b, box in enumerate(boxes))
        body = f"""<html><head><title>Why we should listen to rivers</title></head><body>
        <h1>Why we should listen to rivers</h1><div class="subtitle_box">{text}</div></body></html>"""
        fields = extract_page(html(body)).fields
        return fields["paragraphs_en"], fields["paragraphs_zh"]
    joined = ([" ".join(en for en, _ in box) for box in boxes], ["".join(zh for _, zh in box) for box in boxes])
    assert talk(lambda t, en, zh: f'<div class="cue" data-start="{t}"><p class="en">{en}</p><p class="cn">{zh}</p></div>') == joined
    assert talk(lambda t, en, zh: f'<div class="cue"><span class="time">{t}</span><p class="en">{en}</p><p class="cn">{zh}</p></div>') == joined
    lines = ([en for box in boxes for en, _ in box], [zh for box in boxes for _, zh in box])
    assert talk(lambda t, en, zh: f'<div class="cue"><p class="en">{en}</p><p class="cn">{zh}</p></div>') == lines


def texts_and_languages(paragraphs):
    return [(p.text, p.lang) for p in paragraphs]


def test_an_english_paragraph_and_its_chinese_across_a_spaced_slash_become_two_paragraphs():
    # Para Site: "Admission is free. / 免費入場。"
    from newscrawler.extract.bilingual import unbracketed
    assert texts_and_languages(unbracketed(paras("Admission is free. / 免費入場。"))) == [
        ("Admission is free.", "en"), ("免費入場。", "zh")]
    assert texts_and_languages(unbracketed(paras(
        "Enquiries may be sent to opencall@para-site.art. / 如有查詢，請電郵至opencall@para-site.art。"))) == [
        ("Enquiries may be sent to opencall@para-site.art.", "en"), ("如有查詢，請電郵至opencall@para-site.art。", "zh")]


def test_a_paragraph_alternating_english_and_chinese_sentence_by_sentence_becomes_two_paragraphs():
    # 瑞文网's lessons: each English sentence, then its Chinese, in one <p>
    from newscrawler.extract.bilingual import unbracketed
    text = ("The city opened a new park on Monday. 这座城市周一新开了一座公园。 "
            "It has a small lake and a playground. 公园里有一个小湖和一个游乐场。")
    assert texts_and_languages(unbracketed(paras(text))) == [
        ("The city opened a new park on Monday. It has a small lake and a playground.", "en"),
        ("这座城市周一新开了一座公园。公园里有一个小湖和一个游乐场。", "zh")]


def test_an_english_sentence_followed_by_its_chinese_becomes_two_paragraphs():
    from newscrawler.extract.bilingual import unbracketed
    text = "City officials said more green spaces will open next year. 市政府官员表示，明年还将开放更多绿地。"
    assert texts_and_languages(unbracketed(paras(text))) == [
        ("City officials said more green spaces will open next year.", "en"), ("市政府官员表示，明年还将开放更多绿地。", "zh")]


def test_an_english_sentence_quoting_a_short_chinese_phrase_stays_one_paragraph():
    from newscrawler.extract.bilingual import unbracketed
    text = "Residents call it 'the lung of the city', or 城市之肺, with pride."
    assert [p.text for p in unbracketed(paras(text))] == [text]


def test_a_chinese_paragraph_with_an_english_name_in_it_stays_one_chinese_paragraph():
    from newscrawler.extract.bilingual import unbracketed
    text = "记者从Apple公司获悉，新款手机将于下月发布。"
    assert texts_and_languages(unbracketed(paras(text))) == [(text, "zh")]


def test_a_bilingual_crosshead_on_a_page_of_inline_pairs_pairs_the_same_way():
    # (waiting set bilingual242) "How they work 工作原理" among sentences each followed by its Chinese
    from newscrawler.extract.bilingual import unbracketed
    text = "City officials said more green spaces will open next year. 市政府官员表示，明年还将开放更多绿地。"
    assert texts_and_languages(unbracketed(paras(text, "How they work 工作原理"))) == [
        ("City officials said more green spaces will open next year.", "en"), ("市政府官员表示，明年还将开放更多绿地。", "zh"),
        ("How they work", "en"), ("工作原理", "zh")]


def test_runs_of_rows_in_one_language_then_the_other_inside_an_interleaved_page_align_as_blocks():
    # 澳門國際機場: a flight table row by row in English, then in Chinese, between interleaved paragraphs
    en_rows = ["Flight NX001 to Beijing departs at 08:30 from Gate 3.", "Flight NX002 to Shanghai departs at 10:45 from Gate 5.",
               "Flight NX003 to Taipei departs at 13:20 from Gate 7."]
    zh_rows = ["NX001航班前往北京，08:30从3号登机口起飞。", "NX002航班前往上海，10:45从5号登机口起飞。", "NX003航班前往台北，13:20从7号登机口起飞。"]
    en0, zh0 = "Macau International Airport announced its new summer flight schedule on Monday.", "澳门国际机场周一公布了新的夏季航班时刻表。"
    en9, zh9 = "Passengers are advised to check in at least two hours before their flights.", "建议旅客至少在航班起飞前两小时办理登机手续。"
    result = align(paras(en0, zh0, *en_rows, *zh_rows, en9, zh9))
    assert result.layout == "interleaved"
    assert {"en": en_rows[1], "zh": zh_rows[1]} in result.pairs and {"en": en9, "zh": zh9} in result.pairs


def test_an_abbreviations_full_stop_is_no_sentence_when_two_chinese_paragraphs_translate_one_english():
    # HKO: "…the Strong Wind Signal, No. 3, from June 13 to 14, …. Wutip weakened…" over two one-sentence Chinese paragraphs
    en = ("Severe Tropical Storm Wutip necessitated the issuance of the Strong Wind Signal, No. 3, from June 13 to 14, "
          "the first tropical cyclone signal of the year. Wutip weakened after making landfall over western Guangdong and brought squally showers to Hong Kong.")
    zh1, zh2 = "強烈熱帶風暴蝴蝶於6月13日至14日期間迫使天文台發出三號強風信號，是今年首個熱帶氣旋信號。", "蝴蝶在粵西登陸後減弱，為本港帶來狂風驟雨。"
    assert align(paras(EN[0], ZH[0], en, zh1, zh2, EN[1], ZH[1])).pairs[1] == {"en": en, "zh": zh1 + zh2}


def test_two_chinese_paragraphs_join_under_one_english_when_far_off_alone_and_twice_as_close_together():
    # HKIAC: "…which together accounted for more than 60% of all arbitrations." over two Chinese sentences, 1.4 spreads off alone
    en = ("The most common types of disputes were banking and financial services, corporate, and construction matters, "
          "which together accounted for more than 60% of all arbitrations.")
    zh1, zh2 = "最常見的爭議類型為銀行及金融服務、公司及建造工程案件。", "三者合共佔全部仲裁案件逾六成。"
    assert align(paras(EN[0], ZH[0], en, zh1, zh2, EN[1], ZH[1])).pairs[1] == {"en": en, "zh": zh1 + zh2}
    # 澳門輕軌: an untranslated sentence under a translation only 1.0 spreads short stays out
    fare = ("If a journey starts or ends at Union Hospital Station, the station is counted as a stop when calculating the fare; "
            "otherwise it is not counted.")
    fare_zh = "乘客如於該站進站或出站，該站計入收費站數；否則不計算在內。"
    extra = "是次開通屬協和醫院站首階段開放，石排灣線通車後該站將成為兩線轉乘站。"
    assert align(paras(EN[0], ZH[0], fare, fare_zh, extra, EN[1], ZH[1])).pairs[1] == {"en": fare, "zh": fare_zh}


def test_a_crosshead_whose_two_parts_are_marked_by_language_is_an_english_line_and_a_chinese_one():
    # 板球總會: <h3><span lang="en">Squad selection</span> <span lang="zh-HK">隊伍名單</span></h3>
    from lxml import html as lxml_html
    from newscrawler.extract.bilingual import unbracketed
    head = lxml_html.fromstring('<h3 class="crosshead"><span lang="en">Squad selection</span> <span lang="zh-HK">隊伍名單</span></h3>')
    out = unbracketed([Paragraph("Squad selection 隊伍名單", "en", head)])
    assert [(p.text, p.lang) for p in out] == [("Squad selection", "en"), ("隊伍名單", "zh")]
