//! The mixer's two effects, the main track's limiter and the low-pass filter of the
//! ambience and the thunder, as kira's own compressor, hard clip and filter compute them,
//! sample for sample, with the work that does not change within a block done once a
//! block (issue 17: a still line must cost next to nothing).
//!
//! kira's versions work out, for every sample, numbers that are the same all block
//! long: the compressor its attack and release speeds (two `exp`), its make-up gain and
//! its gain from a zero envelope (`powf`), its input's level in dB (`log10`) even far
//! under the threshold; the hard clip its drive (`powf`); the filter its coefficients
//! (`tan` and a division) for a cutoff that only moves while it glides. At a still line,
//! with the music and a room's hum far under the limiter's threshold, that was about a
//! fifth of the sound's CPU. Here the limiter measures a sample's level only when it
//! comes within a hundredth of a decibel of the threshold, and computes a gain only
//! while its envelope is above zero; the filter computes its coefficients once a block
//! unless its cutoff glides. Both put out what kira's would: the tests below run a
//! signal through kira's and these, sample by sample.

use std::f64::consts::PI;
use std::time::Duration;

use kira::command::{CommandReader, CommandWriter, ValueChangeCommand, command_writer_and_reader};
use kira::effect::{Effect, EffectBuilder};
use kira::info::Info;
use kira::{Decibels, Frame, Parameter, Tween, Value};

use super::mixer::Limiter;

/// An envelope under this many dB gives a gain of exactly 1.0 in f32 (1 − 1.1e-8 rounds
/// to 1): below it the limiter rests, as kira's would to the bit.
const ENVELOPE_AT_REST: f32 = 1e-7;

/// Builds the main track's limiter: kira's compressor (make-up gain 0 dB, fully wet)
/// followed by its hard clip (fully wet) at the limiter's ceiling.
pub struct LimiterBuilder(pub Limiter);

impl EffectBuilder for LimiterBuilder {
    type Handle = ();

    fn build(self) -> (Box<dyn Effect>, ()) {
        let limiter = self.0;
        let threshold = limiter.threshold_db as f32;
        (
            Box::new(LimiterEffect {
                threshold,
                // A hundredth of a dB under the threshold: a sample quieter than this
                // is under it whatever f32's rounding of its log.
                quiet: Decibels(threshold - 0.01).as_amplitude(),
                slope: (1.0 / limiter.ratio as f32) - 1.0,
                attack: limiter.attack,
                release: limiter.release,
                drive: Decibels(-limiter.ceiling_db).as_amplitude(),
                dt: 0.0,
                attack_speed: 0.0,
                release_speed: 0.0,
                envelope: [0.0; 2],
            }),
            (),
        )
    }
}

struct LimiterEffect {
    threshold: f32,
    quiet: f32,
    /// 1/ratio − 1: the gain change, in dB, per dB over the threshold.
    slope: f32,
    attack: Duration,
    release: Duration,
    drive: f32,
    /// The frame time the speeds are for.
    dt: f64,
    attack_speed: f32,
    release_speed: f32,
    /// dB over the threshold, followed per channel.
    envelope: [f32; 2],
}

impl LimiterEffect {
    /// One channel's sample through the compressor, as kira's computes it.
    fn compress(&mut self, channel: usize, sample: f32) -> f32 {
        let level = sample.abs();
        let over = if level < self.quiet {
            0.0
        } else {
            (20.0 * level.log10() - self.threshold).max(0.0)
        };
        let envelope = &mut self.envelope[channel];
        if *envelope == 0.0 && over == 0.0 {
            // kira: the envelope stays 0, the gain is 10^0 = 1.
            return sample;
        }
        let speed = if *envelope > over {
            self.release_speed
        } else {
            self.attack_speed
        };
        *envelope = over + speed * (*envelope - over);
        if *envelope < ENVELOPE_AT_REST {
            *envelope = 0.0;
        }
        let gain = 10.0f32.powf(*envelope * self.slope / 20.0);
        gain * sample
    }
}

/// kira's envelope speed for a duration at a frame time.
fn speed(duration: Duration, dt: f64) -> f32 {
    (-1.0 / (duration.as_secs_f64() / dt)).exp() as f32
}

impl Effect for LimiterEffect {
    fn process(&mut self, input: &mut [Frame], dt: f64, _info: &Info) {
        if dt != self.dt {
            self.dt = dt;
            self.attack_speed = speed(self.attack, dt);
            self.release_speed = speed(self.release, dt);
        }
        let drive = self.drive;
        for frame in input.iter_mut() {
            let left = self.compress(0, frame.left);
            let right = self.compress(1, frame.right);
            // kira's hard clip: driven, clamped at full scale, and back.
            *frame = Frame {
                left: (left * drive).clamp(-1.0, 1.0) / drive,
                right: (right * drive).clamp(-1.0, 1.0) / drive,
            };
        }
    }
}

/// Builds a low-pass filter (kira's, resonance 0, fully wet) at `cutoff` Hz.
pub struct LowPassBuilder {
    pub cutoff: f64,
}

/// Moves a [`LowPassBuilder`]'s cutoff, gliding as kira's filter would.
pub struct LowPassHandle {
    cutoff: CommandWriter<ValueChangeCommand<f64>>,
}

impl LowPassHandle {
    pub fn set_cutoff(&mut self, cutoff: f64, tween: Tween) {
        self.cutoff.write(ValueChangeCommand {
            target: Value::Fixed(cutoff),
            tween,
        });
    }
}

impl EffectBuilder for LowPassBuilder {
    type Handle = LowPassHandle;

    fn build(self) -> (Box<dyn Effect>, LowPassHandle) {
        let (writer, reader) = command_writer_and_reader();
        (
            Box::new(LowPass {
                commands: reader,
                cutoff: Parameter::new(Value::Fixed(self.cutoff), 1000.0),
                ic1eq: Frame::ZERO,
                ic2eq: Frame::ZERO,
            }),
            LowPassHandle { cutoff: writer },
        )
    }
}

struct LowPass {
    commands: CommandReader<ValueChangeCommand<f64>>,
    cutoff: Parameter,
    ic1eq: Frame,
    ic2eq: Frame,
}

/// kira's filter's coefficients at a cutoff (resonance 0).
fn coefficients(cutoff: f64, dt: f64) -> (f32, f32, f32) {
    let sample_rate = 1.0 / dt;
    let g = (PI * (cutoff / sample_rate).clamp(0.0001, 0.5)).tan();
    let k = 2.0 - (1.9 * 0.0);
    let a1 = 1.0 / (1.0 + (g * (g + k)));
    let a2 = g * a1;
    let a3 = g * a2;
    (a1 as f32, a2 as f32, a3 as f32)
}

impl Effect for LowPass {
    fn on_start_processing(&mut self) {
        self.cutoff.read_command(&mut self.commands);
    }

    fn process(&mut self, input: &mut [Frame], dt: f64, info: &Info) {
        self.cutoff.update(dt * input.len() as f64, info);
        let from = self.cutoff.previous_value();
        let to = self.cutoff.value();
        // Steady, kira's interpolation gives `to` for every sample.
        let steady = (from == to).then(|| coefficients(to, dt));
        let frames = input.len();
        for (i, frame) in input.iter_mut().enumerate() {
            let (a1, a2, a3) = steady.unwrap_or_else(|| {
                let time_in_chunk = (i + 1) as f64 / frames as f64;
                coefficients(self.cutoff.interpolated_value(time_in_chunk), dt)
            });
            let v3 = *frame - self.ic2eq;
            let v1 = (self.ic1eq * a1) + (v3 * a2);
            let v2 = self.ic2eq + (self.ic1eq * a2) + (v3 * a3);
            self.ic1eq = (v1 * 2.0) - self.ic1eq;
            self.ic2eq = (v2 * 2.0) - self.ic2eq;
            *frame = v2;
        }
    }
}

#[cfg(test)]
mod tests {
    use kira::effect::compressor::CompressorBuilder;
    use kira::effect::distortion::{DistortionBuilder, DistortionKind};
    use kira::effect::filter::{FilterBuilder, FilterMode};

    use super::*;
    use crate::views::audio::mixer::LIMITER;

    const DT: f64 = 1.0 / 48_000.0;

    /// Quiet, then loud enough to be limited, then quiet again, in blocks of 128.
    fn signal() -> Vec<Frame> {
        (0..48_000)
            .map(|i| {
                let t = i as f32 * DT as f32;
                let loud = if (12_000..20_000).contains(&i) {
                    1.6
                } else {
                    0.2
                };
                Frame::new(
                    loud * (std::f32::consts::TAU * 220.0 * t).sin(),
                    loud * 0.7 * (std::f32::consts::TAU * 331.0 * t).sin(),
                )
            })
            .collect()
    }

    fn run(effects: &mut [Box<dyn Effect>], mut frames: Vec<Frame>) -> Vec<Frame> {
        let info = kira::info::MockInfoBuilder::new().build();
        for block in frames.chunks_mut(128) {
            for effect in effects.iter_mut() {
                effect.on_start_processing();
                effect.process(block, DT, &info);
            }
        }
        frames
    }

    #[test]
    fn the_limiter_puts_out_what_kiras_compressor_and_hard_clip_do() {
        let (compressor, _) = CompressorBuilder::new()
            .threshold(LIMITER.threshold_db)
            .ratio(LIMITER.ratio)
            .attack_duration(LIMITER.attack)
            .release_duration(LIMITER.release)
            .build();
        let (clip, _) = DistortionBuilder::new()
            .kind(DistortionKind::HardClip)
            .drive(Decibels(-LIMITER.ceiling_db))
            .build();
        let kiras = run(&mut [compressor, clip], signal());
        let (ours, ()) = LimiterBuilder(LIMITER).build();
        let ours = run(&mut [ours], signal());
        let worst = kiras
            .iter()
            .zip(&ours)
            .map(|(a, b)| (a.left - b.left).abs().max((a.right - b.right).abs()))
            .fold(0.0f32, f32::max);
        assert!(worst < 1e-6, "{worst}");
        assert!(ours[15_000].left.abs() < 1.0, "limited");
    }

    #[test]
    fn the_low_pass_puts_out_what_kiras_filter_does_also_while_gliding() {
        let (kiras, mut kiras_handle) = FilterBuilder::new()
            .mode(FilterMode::LowPass)
            .cutoff(20_000.0)
            .build();
        let (ours, mut our_handle) = LowPassBuilder { cutoff: 20_000.0 }.build();
        let mut effects = [kiras, ours];
        let info = kira::info::MockInfoBuilder::new().build();
        let mut a = signal();
        let mut b = signal();
        for (n, (x, y)) in a.chunks_mut(128).zip(b.chunks_mut(128)).enumerate() {
            if n == 100 {
                let glide = Tween {
                    duration: Duration::from_millis(120),
                    ..Default::default()
                };
                kiras_handle.set_cutoff(1_500.0, glide);
                our_handle.set_cutoff(1_500.0, glide);
            }
            effects[0].on_start_processing();
            effects[0].process(x, DT, &info);
            effects[1].on_start_processing();
            effects[1].process(y, DT, &info);
        }
        assert_eq!(a, b);
    }
}
