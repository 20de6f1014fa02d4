package langtag

import (
	"sync"
	"unicode/utf8"
)

// Chinese returns the tag of Chinese text by its script: "zh-Hant" when
// it has more characters that only Traditional Chinese writes than
// characters that only Simplified Chinese writes, else "zh" (codebook's
// tag for Chinese in the Simplified script, what mainland providers
// publish). Most characters are the same in both scripts; the pairs
// below are the ones that differ and that error messages use.
func Chinese(text string) string {
	hant, hans := 0, 0
	for len(text) > 0 {
		r, size := utf8.DecodeRuneInString(text)
		text = text[size:]
		switch script()[r] {
		case 't':
			hant++
		case 's':
			hans++
		}
	}
	if hant > hans {
		return "zh-Hant"
	}
	return "zh"
}

// pairs lists characters as Simplified then Traditional, two runes each.
const pairs = "这這个個为為们們说說时時请請错錯误誤务務额額户戶号號码碼状狀态態处處后後试試讯訊网網络絡体體应應过過还還发發会會来來对對数數与與无無据據证證签簽验驗权權单單价價费費余餘币幣资資银銀传傳输輸参參异異关關闭閉开開门門间間长長实實现現点點线線结結约約纪紀录錄认認识識设設计計话話语語读讀写寫转轉变變旧舊当當从從运運进進达達选選区區国國图圖团團场場报報归歸尽盡总總复復杂雜离離难難风風飞飛齐齊并並乱亂亿億仅僅优優储儲儿兒内內两兩冻凍则則创創动動势勢协協却卻严嚴启啟员員问問货貨购購买買卖賣质質账賬贷貸负負财財责責败敗页頁项項顺順须須预預领領频頻题題类類显顯规規视視览覽亲親观觀记記许許论論谢謝议議护護让讓车車软軟载載较較办辦农農连連递遞远遠适適迟遲遗遺邮郵医醫释釋针針钞鈔键鍵锁鎖阅閱队隊际際随隨险險双雙电電响響头頭馆館驱驅级級纳納绑綁统統经經给給继繼续續维維缴繳络絡补補订訂询詢详詳误誤换換扫掃拨撥扣扣构構样樣标標检檢业業东東严嚴丢丟兑兌删刪剩剩务務动動卫衛压壓厅廳县縣变變启啟员員响響围圍圆圓执執扩擴担擔拥擁择擇挡擋损損换換据據摄攝术術机機权權条條极極树樹桥橋汇匯灭滅灯燈热熱环環现現盘盤确確码碼础礎称稱积積穷窮窗窗笔筆签簽简簡紧緊红紅约約级級纸紙组組细細终終绝絕绩績编編缓緩网網罚罰联聯职職肤膚胁脅脑腦腾騰节節范範荐薦获獲营營虚虛补補装裝见見觉覺触觸誉譽计計订訂认認讨討让讓训訓记記讲講设設访訪证證评評识識诉訴词詞试試诚誠话話询詢该該详詳误誤说說请請读讀课課谁誰调調谈談谋謀账賬贴貼贵貴赔賠赠贈赵趙趋趨跃躍踪蹤轮輪软軟轻輕辆輛辑輯输輸辞辭边邊迁遷运運还還这這进進远遠违違连連迟遲适適选選递遞逻邏遗遺邮郵邻鄰释釋钟鐘钥鑰钱錢铁鐵链鏈销銷锁鎖锋鋒错錯键鍵长長门門闭閉问問闲閒间間闻聞阅閱阶階阴陰际際陆陸陈陳险險随隨隐隱难難顶頂顾顧顿頓领領频頻题題额額风風饭飯馈饋驶駛验驗鱼魚黄黃齿齒"

// script maps each character of pairs to 's' (Simplified only) or 't'
// (Traditional only). A character that appears on both sides (扣) is
// neither. It is built on first use: every codebook run would pay for
// it at start-up, and only Chinese text needs it.
var script = sync.OnceValue(func() map[rune]byte {
	m := map[rune]byte{}
	rs := []rune(pairs)
	for i := 0; i+1 < len(rs); i += 2 {
		s, t := rs[i], rs[i+1]
		if s == t {
			continue
		}
		m[s] = 's'
		m[t] = 't'
	}
	return m
})
