package rollup

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// Fixed constants of the rollup. They are part of the state transition and
// cannot be configured.
const (
	// ElementsPerRow is the number of field elements in a quire row (an
	// Ethereum blob).
	ElementsPerRow = 4096
	// BytesPerElement is how many bytes of a field element carry data: its
	// low 31 bytes (the top byte is ignored when reading).
	BytesPerElement = 31
	// MaxRows is the largest k (data rows of a batch blob) the inbox
	// accepts.
	MaxRows = 256
	// TransferGas is the gas charged for every transaction.
	TransferGas = 21000
	// MaxRecordLimit bounds Config.MaxRecord: a record of that size must fit
	// in one row with its 2-byte length.
	MaxRecordLimit = ElementsPerRow*BytesPerElement - 2
)

// WithdrawalAddress is W: a transfer to it burns the value on L2 and
// creates a withdrawal leaf payable on L1 (OP's L2ToL1MessagePasser
// address, so it is recognisable).
var WithdrawalAddress = common.HexToAddress("0x4200000000000000000000000000000000000016")

// Duration is a time.Duration that reads and writes JSON as a Go duration
// string ("30s", "24h0m0s").
type Duration time.Duration

// MarshalJSON writes the duration as a string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(time.Duration(d).String()) }

// UnmarshalJSON reads a duration string.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("duration: want a string such as \"30s\": %w", err)
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	*d = Duration(v)
	return nil
}

// Seconds returns the duration in whole seconds (what the L1 contracts
// take).
func (d Duration) Seconds() uint64 { return uint64(time.Duration(d) / time.Second) }

// Wei is an amount of wei that reads and writes JSON as a decimal string.
type Wei struct{ big.Int }

// NewWei returns v wei.
func NewWei(v *big.Int) Wei { var w Wei; w.Set(v); return w }

// MarshalJSON writes the amount as a decimal string.
func (w Wei) MarshalJSON() ([]byte, error) { return json.Marshal(w.String()) }

// UnmarshalJSON reads a decimal string.
func (w *Wei) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("wei: want a decimal string: %w", err)
	}
	if _, ok := w.SetString(s, 10); !ok || w.Sign() < 0 {
		return fmt.Errorf("wei: %q is not a non-negative decimal integer", s)
	}
	return nil
}

// Config holds every parameter of one rollup deployment. The same values go
// to the L1 contract constructors; Validate checks them together.
type Config struct {
	// ChainID is the L2 chain ID transactions are signed for (EIP-155 /
	// EIP-1559); L1ChainID the settlement chain's. They must differ.
	ChainID   uint64 `json:"chain_id"`
	L1ChainID uint64 `json:"l1_chain_id"`
	// BaseFee is the constant base fee B in wei per gas.
	BaseFee uint64 `json:"base_fee"`
	// FeeRecipient receives 21000 x price of every applied transaction (the
	// sequencer's recipient). It is a constructor argument of the L1
	// contracts, so the one-step verifier knows it.
	FeeRecipient common.Address `json:"fee_recipient"`
	// BlockGasLimit is the constant gasLimit of every L2 header.
	BlockGasLimit uint64 `json:"block_gas_limit"`
	// GenesisTime is the timestamp of L2 block 0. The genesis state is
	// empty: every wei on L2 arrives by deposit.
	GenesisTime uint64 `json:"genesis_time"`

	// MaxRecord is MAX_RECORD, the largest record body in bytes; a longer
	// declared length is a no-op that skips to the next row.
	MaxRecord uint32 `json:"max_record"`
	// ForceInclusionDelay is D: a queue item older than D at append time
	// must be included, and anyone may force it in after D.
	ForceInclusionDelay Duration `json:"force_inclusion_delay"`

	// Proof parameters (draft B1), used by the L1 game and the agents.
	ChallengeWindow  Duration `json:"challenge_window"`  // W
	ClockPerSide     Duration `json:"clock_per_side"`    // T
	ProposalInterval Duration `json:"proposal_interval"` // how often the honest proposer proposes
	ProposerBond     Wei      `json:"proposer_bond"`
	ChallengerBond   Wei      `json:"challenger_bond"`
	// MinRetention is the shortest certificate retention (time to expiry)
	// the inbox accepts for a batch blob; at least W + 2T so the data
	// outlives any game over it.
	MinRetention Duration `json:"min_retention"`
}

func ether(n int64, div int64) Wei {
	v := new(big.Int).Mul(big.NewInt(n), big.NewInt(1e18))
	return NewWei(v.Div(v, big.NewInt(div)))
}

// DefaultConfig returns mainnet-like parameters (draft B1): base fee 1
// gwei, MAX_RECORD 512, D = 24 h, W = 7 d, T = 3.5 d, proposals every hour,
// retention W + 2T + 1 d. ChainID and FeeRecipient are per deployment and
// still to be set (ChainID is 0 here, which Validate refuses).
func DefaultConfig() Config {
	const day = 24 * time.Hour
	return Config{
		L1ChainID:           1,
		BaseFee:             1_000_000_000,
		BlockGasLimit:       30_000_000,
		MaxRecord:           512,
		ForceInclusionDelay: Duration(day),
		ChallengeWindow:     Duration(7 * day),
		ClockPerSide:        Duration(84 * time.Hour),
		ProposalInterval:    Duration(time.Hour),
		ProposerBond:        ether(1, 1),
		ChallengerBond:      ether(35, 100),
		MinRetention:        Duration(15 * day),
	}
}

// DevChainID and DevL1ChainID are the devnet chain IDs.
const (
	DevChainID   = 29045 // 0x7175
	DevL1ChainID = 1337
)

// DevFeeRecipient is the devnet's fee recipient.
var DevFeeRecipient = common.HexToAddress("0x7175000000000000000000000000000000000fee")

// DevConfig returns the devnet parameters: L2 chain 29045 on L1 chain 1337,
// D = 30 s, W = 60 s, T = 30 s, proposals every 10 s, bonds 1 and 0.1 ETH,
// retention W + 2T + 60 s.
func DevConfig() Config {
	c := DefaultConfig()
	c.ChainID = DevChainID
	c.L1ChainID = DevL1ChainID
	c.FeeRecipient = DevFeeRecipient
	c.ForceInclusionDelay = Duration(30 * time.Second)
	c.ChallengeWindow = Duration(60 * time.Second)
	c.ClockPerSide = Duration(30 * time.Second)
	c.ProposalInterval = Duration(10 * time.Second)
	c.ProposerBond = ether(1, 1)
	c.ChallengerBond = ether(1, 10)
	c.MinRetention = Duration(180 * time.Second)
	return c
}

// ErrInvalidConfig wraps every problem Validate finds.
var ErrInvalidConfig = errors.New("rollup: invalid config")

// Validate checks the configuration and returns every problem found,
// joined, each wrapping ErrInvalidConfig.
func (c *Config) Validate() error {
	var errs []error
	bad := func(format string, args ...any) {
		errs = append(errs, fmt.Errorf("%w: "+format, append([]any{ErrInvalidConfig}, args...)...))
	}
	if c.ChainID == 0 {
		bad("chain_id is required")
	}
	if c.L1ChainID == 0 {
		bad("l1_chain_id is required")
	}
	if c.ChainID != 0 && c.ChainID == c.L1ChainID {
		bad("chain_id %d must differ from l1_chain_id (replay protection)", c.ChainID)
	}
	// EIP-155 v = 2 chainID + 36 must fit in a uint64 for wallets.
	if c.ChainID > (1<<63-36)/2 {
		bad("chain_id %d too large for EIP-155", c.ChainID)
	}
	if c.BaseFee == 0 {
		bad("base_fee must be positive")
	}
	if c.FeeRecipient == WithdrawalAddress {
		bad("fee_recipient must not be the withdrawal address %s", WithdrawalAddress)
	}
	if c.BlockGasLimit < TransferGas {
		bad("block_gas_limit %d below one transfer (%d)", c.BlockGasLimit, TransferGas)
	}
	if c.MaxRecord < 1 || c.MaxRecord > MaxRecordLimit {
		bad("max_record %d: want 1 to %d", c.MaxRecord, MaxRecordLimit)
	}
	for name, d := range map[string]Duration{"force_inclusion_delay": c.ForceInclusionDelay,
		"challenge_window": c.ChallengeWindow, "clock_per_side": c.ClockPerSide,
		"proposal_interval": c.ProposalInterval, "min_retention": c.MinRetention} {
		if d < Duration(time.Second) {
			bad("%s must be at least 1s", name)
		}
	}
	if c.MinRetention < c.ChallengeWindow+2*c.ClockPerSide {
		bad("min_retention %s below challenge_window + 2 x clock_per_side (%s): data could expire during a game",
			time.Duration(c.MinRetention), time.Duration(c.ChallengeWindow+2*c.ClockPerSide))
	}
	if c.ProposerBond.Sign() <= 0 || c.ChallengerBond.Sign() <= 0 {
		bad("proposer_bond and challenger_bond must be positive")
	}
	return errors.Join(errs...)
}
